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
import dev.relate.runtime.Proxies;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The code that reads and writes an end's field, directly, through its accessors, or through a
 * {@code VarHandle}. One instance per generated file: it collects the handles the file uses, which
 * {@link #declare} writes into a nested class {@value #HOLDER}, each looked up once.
 */
final class FieldCode {
    /** The nested class that holds the handles of a file. */
    static final String HOLDER = "FieldHandles";

    static final ClassName VAR_HANDLE = ClassName.get("java.lang.invoke", "VarHandle");
    static final ClassName METHOD_HANDLES = ClassName.get("java.lang.invoke", "MethodHandles");
    static final ClassName PROXIES = ClassName.get(Proxies.class);
    /** The methods of {@code VarHandle} that read and write the field (not the runtime's {@code get} and {@code set}). */
    private static final String GET = "get";
    private static final String SET = "set";
    /** The holder's method that looks a handle up. */
    private static final String LOOK_UP = "fieldHandle";

    /** The handle constant of each field the file reaches through one, in the order first used. */
    private final Map<Access.Handle, String> handles = new LinkedHashMap<>();
    private final Names names = new Names();

    /** An expression reading {@code holder.field}. */
    CodeBlock read(End end, String holder) {
        return read(end.access(), holder);
    }

    /** A statement writing {@code value} to {@code holder.field}. */
    CodeBlock write(End end, String holder, String value) {
        return write(end.access(), holder, value);
    }

    /** An expression reading a field through its access. */
    CodeBlock read(Access access, String holder) {
        if (access.handle() != null) {
            return CodeBlock.of("($T) $N.$N.$N($Z$L)", access.handle().type(), HOLDER, handle(access), GET,
                    unwrapped(access, holder));
        }
        return access.getter() == null
                ? CodeBlock.of("$N.$N", holder, access.field())
                : CodeBlock.of("$N.$N()", holder, access.getter());
    }

    /** An expression reading a field of {@code holder}, an expression, through its access. */
    CodeBlock read(Access access, CodeBlock holder) {
        if (access.handle() != null) {
            return CodeBlock.of("($T) $N.$N.$N($Z$L)", access.handle().type(), HOLDER, handle(access), GET,
                    unwrapped(access, holder));
        }
        return access.readsField()
                ? CodeBlock.of("$L.$N", holder, access.field())
                : CodeBlock.of("$L.$N()", holder, access.getter());
    }

    /** A statement writing the variable {@code value} to a field through its access. */
    CodeBlock write(Access access, String holder, String value) {
        return write(access, holder, CodeBlock.of("$N", value));
    }

    /** A statement writing {@code value}, an expression, to a field through its access. */
    CodeBlock write(Access access, String holder, CodeBlock value) {
        if (access.handle() != null) {
            return CodeBlock.of("$N.$N.$N($L,$W$L)", HOLDER, handle(access), SET, unwrapped(access, holder),
                    value);
        }
        return access.setter() == null
                ? CodeBlock.of("$N.$N = $L", holder, access.field(), value)
                : CodeBlock.of("$N.$N($L)", holder, access.setter(), value);
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

    private String handle(Access access) {
        Access.Handle handle = access.handle();
        return handles.computeIfAbsent(handle, key -> names.unique(
                String.join("_", key.declaring().simpleNames()).toUpperCase(Locale.ROOT) + "_"
                        + Names.constant(key.name())));
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

        TypeName anyClass = ParameterizedTypeName.get(ClassName.get(Class.class),
                WildcardTypeName.subtypeOf(Object.class));
        TypeSpec.Builder holder = TypeSpec.classBuilder(HOLDER)
                .addJavadoc("The private fields this class reaches itself, never through their accessors, each"
                        + " through a handle\nlooked up once.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        for (Map.Entry<Access.Handle, String> entry : handles.entrySet()) {
            Access.Handle handle = entry.getKey();
            holder.addField(FieldSpec.builder(VAR_HANDLE, entry.getValue(), Modifier.STATIC, Modifier.FINAL)
                    .initializer("$N($T.class, $S, $T.class)", LOOK_UP, handle.declaring(), handle.name(),
                            handle.erasure())
                    .build());
        }
        holder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder(LOOK_UP)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(VAR_HANDLE)
                        .addParameter(anyClass, "owner")
                        .addParameter(String.class, "name")
                        .addParameter(anyClass, "type")
                        .beginControlFlow("try")
                        .addStatement("$T lookup = $T.privateLookupIn(owner, $T.lookup())",
                                METHOD_HANDLES.nestedClass("Lookup"), METHOD_HANDLES, METHOD_HANDLES)
                        .addStatement("return lookup.findVarHandle(owner, name, type)")
                        .nextControlFlow("catch ($T e)", ReflectiveOperationException.class)
                        .addStatement("throw new $T(e)", ExceptionInInitializerError.class)
                        .endControlFlow()
                        .build());
        type.addType(holder.build());
    }
}
