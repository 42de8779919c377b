package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.relate.processor.model.End;
import dev.relate.runtime.Detachment;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Builds {@code detach(owner)}: one chain of {@link Detachment} steps, one per end an owner's object
 * holds (its own, and those it inherits from superclasses of its package), all or nothing.
 */
final class DetachMethod {
    /** The name of the method, on the generated class and on the generated interface. */
    static final String NAME = "detach";

    static final ClassName DETACHMENT = ClassName.get(Detachment.class);

    private final ClassName owner;
    private final String parameter;
    private final FieldCode fields;
    private final List<CodeBlock> steps = new ArrayList<>();
    private final List<String> ends = new ArrayList<>();
    private boolean listeners;

    DetachMethod(ClassName owner, FieldCode fields) {
        this.owner = owner;
        this.parameter = Names.variable(Names.forClass(owner.simpleName()), List.of(), "owner");
        this.fields = fields;
    }

    /** Empties a collection end, unlinking each element. */
    void clear(End end, String constant) {
        add(end, CodeBlock.of(".$N($L, $N)", RuntimeHooks.DETACH_CLEAR.call(), constant, parameter));
    }

    /** Takes the object out of the collection its scalar end points at. */
    void leave(End end, String constant) {
        add(end, CodeBlock.of(".$N($L, $N)", RuntimeHooks.DETACH_LEAVE.call(), constant, parameter));
    }

    /** Clears a one-to-one end and its partner's. */
    void clearMap(End end, String constant) {
        add(end, CodeBlock.of(".$N($L, $N)", RuntimeHooks.DETACH_CLEAR_MAP.call(), constant, parameter));
    }

    void leaveMap(End end, String constant) {
        add(end, CodeBlock.of(".$N($L, $N)", RuntimeHooks.DETACH_LEAVE_MAP.call(), constant, parameter));
    }

    void unpair(End end, String constant) {
        add(end, CodeBlock.of(".$N($L, $N)", RuntimeHooks.DETACH_UNPAIR.call(), constant, parameter));
    }

    /** Clears a one-way scalar end. */
    void clearScalar(End end) {
        String value = Names.variable("value", List.of(parameter), "other");
        add(end, CodeBlock.of(".$N($L, $N -> $L)", RuntimeHooks.DETACH_CLEAR_SCALAR.call(),
                fields.read(end, parameter), value, fields.write(end, parameter, value)));
    }

    /** Clears a one-way scalar end that its class validates or listens to, through its end object. */
    void clearOneWay(End end, String constant) {
        add(end, CodeBlock.of(".$N($L, $N)", RuntimeHooks.DETACH_CLEAR_ONE_WAY.call(), constant, parameter));
    }

    /** Unlinks every association object of the owner, a left or right object of the association class. */
    void unlinkAssociations(End collection, String constant, boolean left) {
        RuntimeHooks hook = left ? RuntimeHooks.DETACH_UNLINK_LEFT : RuntimeHooks.DETACH_UNLINK_RIGHT;
        add(collection, CodeBlock.of(".$N($L, $N)", hook.call(), constant, parameter));
    }

    /**
     * A class declares a validator or listener of one of the ends: the chain ends with
     * {@code done()}, which runs the listeners once every step has succeeded.
     */
    void callListeners() {
        listeners = true;
    }

    private void add(End end, CodeBlock step) {
        steps.add(step);
        ends.add("{@code " + end.field() + "}");
    }

    MethodSpec build() {
        String display = String.join(".", owner.simpleNames());
        CodeBlock.Builder chain = CodeBlock.builder()
                .add("$T.$N($N, $S)", DETACHMENT, RuntimeHooks.DETACH_OF.call(), parameter, display);
        boolean oneStep = steps.size() == 1 && !listeners; // then the chain is short enough for one line
        for (CodeBlock step : steps) {
            chain.add(oneStep ? "$L" : "\n$L", step);
        }
        if (listeners) {
            chain.add("\n.$N()", RuntimeHooks.DETACH_DONE.call());
        }
        return MethodSpec.methodBuilder(NAME)
                .addJavadoc("Unlinks every end of {@code $N} ($L) before {@code em.remove($N)}.\n",
                        parameter, ends.isEmpty() ? "none" : String.join(", ", ends), parameter)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(owner, parameter)
                .addStatement("$L", chain.build())
                .build();
    }
}
