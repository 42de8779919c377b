package dev.relate.processor.errors;

import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rule that only a self-referential, two-way one-to-many (a tree) may be declared acyclic. */
class AcyclicRuleTest {

    @Test
    void acyclicBetweenTwoClassesOfDifferentHierarchies() {
        JavaFileObject source = input("acyclic/ErroneousAcyclicNotSelf.java");
        Result result = compile(source);
        assertError(result, "RelateAcyclicNotTree", source, "acyclic = true",
                "ErroneousAcyclicNotSelf.Parent.children is declared acyclic, but it relates"
                        + " ErroneousAcyclicNotSelf.Parent to ErroneousAcyclicNotSelf.Child, classes of different"
                        + " hierarchies",
                "remove acyclic = true");
        result.wroteNothing();
    }

    @Test
    void acyclicOnAOneWayCollection() {
        JavaFileObject source = input("acyclic/ErroneousAcyclicOneWay.java");
        Result result = compile(source);
        assertError(result, "RelateAcyclicNotTree", source, "@OneToManyRel(acyclic = true)",
                "ErroneousAcyclicOneWay.Node.children is declared acyclic, but it has no other end");
        result.wroteNothing();
    }

    @Test
    void acyclicOnAOneToOneChain() {
        JavaFileObject source = input("acyclic/ErroneousAcyclicOneToOne.java");
        Result result = compile(source);
        assertError(result, "RelateAcyclicNotTree", source, "acyclic = true",
                "ErroneousAcyclicOneToOne.Step.previous is declared acyclic, but ErroneousAcyclicOneToOne.Step.previous"
                        + " and ErroneousAcyclicOneToOne.Step.next are one-to-one");
        result.wroteNothing();
    }

    @Test
    void acyclicOnAnEndOfAnAssociationObject() {
        JavaFileObject source = input("acyclic/ErroneousAcyclicAssociationEnd.java");
        Result result = compile(source);
        assertError(result, "RelateAcyclicNotTree", source, "acyclic = true",
                "ErroneousAcyclicAssociationEnd.Edge.from is declared acyclic, but it relates");
        result.wroteNothing();
    }
}
