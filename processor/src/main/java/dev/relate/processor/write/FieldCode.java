package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.relate.processor.model.Access;
import dev.relate.processor.model.End;
import dev.relate.runtime.FieldAccess;
import dev.relate.runtime.Proxies;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The code that reads and writes an end's field, directly, through its accessors, or through a
 * {@code MethodHandle} getter and setter. One instance per generated file: it collects the fields the
 * file reaches through handles, which {@link #declare} writes into a nested class {@value #HOLDER}: a
 * handle looked up once per field and direction, and a method per handle that invokes it exactly.
 *
 * <p>Each handle keeps the type it was looked up with (the declaring class and the field's erased type),
 * and each method takes and returns the field's own type, so that its {@code invokeExact} call site has
 * the handle's own type and the JIT links it straight to the field access, with no adapter and no cast
 * between them; a {@code VarHandle}, and handles adapted to pass the value as {@code Object}, measured
 * slower (docs/performance.md, "Field access"). The handles come from the runtime's {@link FieldAccess},
 * which on Java 15 and later gives a hidden nestmate's one-instruction method instead of the JDK's field
 * handle, whose receiver check and cast the JIT keeps on JDK 17.
 */
final class FieldCode {
    /** The nested class that holds the handles of a file. */
    static final String HOLDER = "FieldHandles";

    static final ClassName METHOD_HANDLE = ClassName.get("java.lang.invoke", "MethodHandle");
    static final ClassName METHOD_HANDLES = ClassName.get("java.lang.invoke", "MethodHandles");
    static final ClassName PROXIES = ClassName.get(Proxies.class);
    static final ClassName FIELD_ACCESS = ClassName.get(FieldAccess.class);
    /** The holder's methods that look a getter and a setter up. */
    private static final String GETTER = "getter";
    private static final String SETTER = "setter";

    /** The name of each field the file reaches through handles (its getter, its setter), in the order first used. */
    private final Map<Access.Handle, String> handles = new LinkedHashMap<>();
    /** The fields the file writes through a setter handle: a final field has none. */
    private final Set<Access.Handle> written = new LinkedHashSet<>();
    private final Names names = new Names();
    /** What the file reaches on other classes: each field read or written, or the accessor that does it. */
    private final Reached reached;

    /** For a file whose fingerprint does not matter here. */
    FieldCode() {
        this(new Reached());
    }

    /** @param reached where each field the file reaches, or the accessor it calls, is collected */
    FieldCode(Reached reached) {
        this.reached = reached;
    }

    /** What the file reaches on other classes, where the validators and listeners it calls are added too. */
    Reached reached() {
        return reached;
    }

    /** An expression reading {@code holder.field}. */
    CodeBlock read(End end, String holder) {
        return read(end.owner(), end.access(), holder);
    }

    /** A statement writing {@code value} to {@code holder.field}. */
    CodeBlock write(End end, String holder, String value) {
        return write(end.owner(), end.access(), holder, value);
    }

    /** Whether writing the end is a plain assignment to its field, an expression of the value written. */
    boolean assigns(End end) {
        return end.access().handle() == null && end.access().setter() == null;
    }

    /** An expression reading a field of {@code owner} through its access. */
    CodeBlock read(ClassName owner, Access access, String holder) {
        if (access.handle() != null) {
            return read(owner, access, CodeBlock.of("$N", holder));
        }
        reachRead(owner, access);
        return access.getter() == null
                ? CodeBlock.of("$N.$N", holder, access.field())
                : CodeBlock.of("$N.$N()", holder, access.getter());
    }

    /** An expression reading a field of {@code owner} on {@code holder}, an expression, through its access. */
    CodeBlock read(ClassName owner, Access access, CodeBlock holder) {
        reachRead(owner, access);
        if (access.handle() != null) {
            CodeBlock call = CodeBlock.of("$N.$N($L)", HOLDER, getter(access), unwrapped(access, holder));
            return call;
        }
        return access.readsField()
                ? CodeBlock.of("$L.$N", holder, access.field())
                : CodeBlock.of("$L.$N()", holder, access.getter());
    }

    /** A statement writing the variable {@code value} to a field of {@code owner} through its access. */
    CodeBlock write(ClassName owner, Access access, String holder, String value) {
        return write(owner, access, holder, CodeBlock.of("$N", value));
    }

    /** A statement writing {@code value}, an expression, to a field of {@code owner} through its access. */
    CodeBlock write(ClassName owner, Access access, String holder, CodeBlock value) {
        if (access.writesField()) {
            reached.field(owner, access.field());
        } else {
            reached.method(owner, access.setter());
        }
        if (access.handle() != null) {
            return CodeBlock.of("$N.$N($L,$W$L)", HOLDER, setter(access), unwrapped(access, holder), value);
        }
        return access.setter() == null
                ? CodeBlock.of("$N.$N = $L", holder, access.field(), value)
                : CodeBlock.of("$N.$N($L)", holder, access.setter(), value);
    }

    /** Records what a read reaches: the field itself, by name or through its handle, or its getter. */
    private void reachRead(ClassName owner, Access access) {
        if (access.readsField()) {
            reached.field(owner, access.field());
        } else {
            reached.method(owner, access.getter());
        }
    }

    /**
     * The object whose field is reached: the holder, or the entity behind it when it is a proxy (only
     * where one can be: {@link Access.Handle#unwrap}).
     */
    private static CodeBlock unwrapped(Access access, String holder) {
        return unwrapped(access, CodeBlock.of("$N", holder));
    }

    private static CodeBlock unwrapped(Access access, CodeBlock holder) {
        return access.handle().unwrap()
                ? CodeBlock.of("$T.$N($L,$W$T.class)", PROXIES, RuntimeHooks.UNWRAP.call(), holder,
                        access.handle().holder())
                : holder;
    }

    /** The holder's method that reads the field: {@code getPersonPhones}. */
    private String getter(Access access) {
        return "get" + name(access.handle());
    }

    /** The holder's method that writes the field: {@code setPersonPhones}. */
    private String setter(Access access) {
        written.add(access.handle());
        return "set" + name(access.handle());
    }

    private String name(Access.Handle handle) {
        return handles.computeIfAbsent(handle, key -> names.unique(String.join("", key.declaring().simpleNames())
                + Character.toUpperCase(key.name().charAt(0)) + key.name().substring(1)));
    }

    /**
     * Whether the file casts a handle's value to a generic type: javac 25 calls that cast unchecked
     * (javac 17 does not), though the handle was looked up for that very field.
     */
    boolean castsToGenericTypes() {
        return handles.keySet().stream().anyMatch(handle -> handle.type() instanceof ParameterizedTypeName);
    }

    /**
     * Adds the class that holds the handles the file used, if any: it is initialized, and each handle
     * looked up, when generated code first reaches one of the fields.
     */
    void declare(TypeSpec.Builder type) {
        if (handles.isEmpty()) {
            return;
        }
        TypeSpec.Builder holder = TypeSpec.classBuilder(HOLDER)
                .addJavadoc("The private fields this class reaches itself, never through their accessors, each"
                        + " through a getter\nand a setter handle looked up once and invoked exactly.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        for (Map.Entry<Access.Handle, String> entry : handles.entrySet()) {
            Access.Handle handle = entry.getKey();
            String constant = Names.constant(entry.getValue());
            holder.addField(FieldSpec.builder(METHOD_HANDLE, "GET_" + constant, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$N($T.class, $S, $T.class)", GETTER, handle.declaring(), handle.name(),
                            handle.erasure())
                    .build());
            if (written.contains(handle)) {
                holder.addField(FieldSpec.builder(METHOD_HANDLE, "SET_" + constant, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$N($T.class, $S, $T.class)", SETTER, handle.declaring(), handle.name(),
                                handle.erasure())
                        .build());
            }
        }
        holder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Map.Entry<Access.Handle, String> entry : handles.entrySet()) {
            Access.Handle handle = entry.getKey();
            String constant = Names.constant(entry.getValue());
            TypeName value = handle.type();
            // the cast gives the invocation its return type: the erasure of the field's type, the handle's
            CodeBlock get = CodeBlock.of("return ($T) $N.invokeExact(owner)", value, "GET_" + constant);
            holder.addMethod(invoking(MethodSpec.methodBuilder("get" + entry.getValue())
                    .returns(value)
                    .addParameter(handle.declaring(), "owner"), get));
            if (written.contains(handle)) {
                holder.addMethod(invoking(MethodSpec.methodBuilder("set" + entry.getValue())
                        .addParameter(handle.declaring(), "owner")
                        .addParameter(value, "value"),
                        CodeBlock.of("$N.invokeExact(owner, value)", "SET_" + constant)));
            }
        }
        holder.addMethod(lookUp(GETTER));
        if (!written.isEmpty()) {
            holder.addMethod(lookUp(SETTER));
        }
        type.addType(holder.build());
    }

    /**
     * A method of the holder that invokes a handle exactly: a getter or setter cannot throw a checked
     * exception, and what it throws unchecked reaches the caller as it is.
     */
    private static MethodSpec invoking(MethodSpec.Builder method, CodeBlock statement) {
        return method.addModifiers(Modifier.STATIC)
                .beginControlFlow("try")
                .addStatement(statement)
                .nextControlFlow("catch ($T | $T e)", RuntimeException.class, Error.class)
                .addStatement("throw e")
                .nextControlFlow("catch ($T e)", Throwable.class)
                .addStatement("throw new $T(e)", UndeclaredThrowableException.class)
                .endControlFlow()
                .build();
    }

    /** The holder's method that looks a getter or a setter up, of the type {@link #invoking} invokes it with. */
    private static MethodSpec lookUp(String name) {
        TypeName anyClass = ParameterizedTypeName.get(ClassName.get(Class.class),
                WildcardTypeName.subtypeOf(Object.class));
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(METHOD_HANDLE)
                .addParameter(anyClass, "owner")
                .addParameter(String.class, "name")
                .addParameter(anyClass, "type")
                .beginControlFlow("try")
                .addStatement("$T lookup = $T.privateLookupIn(owner, $T.lookup())",
                        METHOD_HANDLES.nestedClass("Lookup"), METHOD_HANDLES, METHOD_HANDLES)
                .addStatement("return $T.$N(lookup, name, type)", FIELD_ACCESS, name)
                .nextControlFlow("catch ($T e)", ReflectiveOperationException.class)
                .addStatement("throw new $T(e)", ExceptionInInitializerError.class)
                .endControlFlow()
                .build();
    }
}
