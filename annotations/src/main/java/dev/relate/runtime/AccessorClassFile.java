package dev.relate.runtime;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodType;

/**
 * The bytes of a class with one static method, {@value #METHOD}, that reads or writes one instance field
 * of another class: {@code static T access(Owner owner) { return owner.field; }} or
 * {@code static void access(Owner owner, T value) { owner.field = value; }}, as javac would compile them.
 * Straight-line code, so the class needs no stack map frames; {@link FieldAccess} defines it as a hidden
 * nestmate of {@code Owner}, which lets it reach a private field.
 */
final class AccessorClassFile {
    /** The name of the one method. */
    static final String METHOD = "access";

    private static final int MAGIC = 0xCAFEBABE;
    /** Java 8's class file version: the oldest with the verifier these classes need, and enough. */
    private static final int MAJOR_VERSION = 52;
    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_STATIC = 0x0008;
    private static final int ACC_FINAL = 0x0010;
    private static final int ACC_SUPER = 0x0020;
    private static final int ACC_SYNTHETIC = 0x1000;
    private static final int CONSTANT_UTF8 = 1;
    private static final int CONSTANT_CLASS = 7;
    private static final int CONSTANT_FIELDREF = 9;
    private static final int CONSTANT_NAME_AND_TYPE = 12;
    private static final int ALOAD_0 = 0x2a;
    private static final int GETFIELD = 0xb4;
    private static final int PUTFIELD = 0xb5;
    private static final int RETURN = 0xb1;

    /** Constant pool indexes, in the order {@link #constantPool} writes the entries. */
    private static final int THIS_CLASS = 2;
    private static final int SUPER_CLASS = 4;
    private static final int FIELD_REF = 10;
    private static final int METHOD_NAME = 11;
    private static final int METHOD_DESCRIPTOR = 12;
    private static final int CODE = 13;
    private static final int CONSTANT_POOL_COUNT = 14;

    private AccessorClassFile() {
    }

    /**
     * The class that reads ({@code read}) or writes {@code owner.name}, a field of type {@code type}, or
     * null where a name is too long for a class file.
     */
    static byte[] of(Class<?> owner, String name, Class<?> type, boolean read) {
        String ownerName = owner.getName().replace('.', '/');
        String fieldDescriptor = MethodType.methodType(type).toMethodDescriptorString().substring(2); // ()T
        String methodDescriptor = (read ? MethodType.methodType(type, owner)
                : MethodType.methodType(void.class, owner, type)).toMethodDescriptorString();
        byte[] code = read ? readCode(type) : writeCode(type);
        int size = slots(type);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeShort(0);
            out.writeShort(MAJOR_VERSION);
            constantPool(out, ownerName + "$RelateAccess", ownerName, name, fieldDescriptor, methodDescriptor);
            out.writeShort(ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC);
            out.writeShort(THIS_CLASS);
            out.writeShort(SUPER_CLASS);
            out.writeShort(0); // interfaces
            out.writeShort(0); // fields
            out.writeShort(1); // methods
            out.writeShort(ACC_PUBLIC | ACC_STATIC | ACC_SYNTHETIC);
            out.writeShort(METHOD_NAME);
            out.writeShort(METHOD_DESCRIPTOR);
            out.writeShort(1); // the method's attributes: Code
            out.writeShort(CODE);
            out.writeInt(12 + code.length);
            out.writeShort(read ? size : 1 + size); // max stack
            out.writeShort(read ? 1 : 1 + size); // max locals
            out.writeInt(code.length);
            out.write(code);
            out.writeShort(0); // exception table
            out.writeShort(0); // the code's attributes
            out.writeShort(0); // the class's attributes
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) { // a name longer than a class file holds: no class, the JDK's handle instead
            return null;
        }
    }

    private static void constantPool(DataOutputStream out, String thisName, String ownerName, String field,
            String fieldDescriptor, String methodDescriptor) throws IOException {
        out.writeShort(CONSTANT_POOL_COUNT);
        utf8(out, thisName); // 1
        classRef(out, 1); // 2: this class
        utf8(out, "java/lang/Object"); // 3
        classRef(out, 3); // 4: super class
        utf8(out, ownerName); // 5
        classRef(out, 5); // 6: the field's class
        utf8(out, field); // 7
        utf8(out, fieldDescriptor); // 8
        out.writeByte(CONSTANT_NAME_AND_TYPE); // 9
        out.writeShort(7);
        out.writeShort(8);
        out.writeByte(CONSTANT_FIELDREF); // 10
        out.writeShort(6);
        out.writeShort(9);
        utf8(out, METHOD); // 11
        utf8(out, methodDescriptor); // 12
        utf8(out, "Code"); // 13
    }

    private static void utf8(DataOutputStream out, String value) throws IOException {
        out.writeByte(CONSTANT_UTF8);
        out.writeUTF(value); // modified UTF-8 with its length: the class file's own encoding
    }

    private static void classRef(DataOutputStream out, int name) throws IOException {
        out.writeByte(CONSTANT_CLASS);
        out.writeShort(name);
    }

    /** {@code aload_0; getfield; xreturn}. */
    private static byte[] readCode(Class<?> type) {
        return new byte[] {(byte) ALOAD_0, (byte) GETFIELD, 0, FIELD_REF, (byte) returnOpcode(type)};
    }

    /** {@code aload_0; xload_1; putfield; return}. */
    private static byte[] writeCode(Class<?> type) {
        return new byte[] {(byte) ALOAD_0, (byte) loadOpcode(type), (byte) PUTFIELD, 0, FIELD_REF, (byte) RETURN};
    }

    private static int returnOpcode(Class<?> type) {
        if (type == long.class) {
            return 0xad; // lreturn
        } else if (type == float.class) {
            return 0xae; // freturn
        } else if (type == double.class) {
            return 0xaf; // dreturn
        } else if (type.isPrimitive()) {
            return 0xac; // ireturn: boolean, byte, char, short, int
        }
        return 0xb0; // areturn
    }

    /** The instruction that loads the method's second argument, the value. */
    private static int loadOpcode(Class<?> type) {
        if (type == long.class) {
            return 0x1f; // lload_1
        } else if (type == float.class) {
            return 0x23; // fload_1
        } else if (type == double.class) {
            return 0x27; // dload_1
        } else if (type.isPrimitive()) {
            return 0x1b; // iload_1
        }
        return 0x2b; // aload_1
    }

    private static int slots(Class<?> type) {
        return type == long.class || type == double.class ? 2 : 1;
    }
}
