package dev.relate.processor.errors;

import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules about {@code position = "rank"}: only the List end of a two-way one-to-many keeps
 * positions, in an int instance field of the element class that relate can write.
 */
class PositionRuleTest {

    @Test
    void positionOnASet() {
        JavaFileObject source = input("positions/ErroneousPositionOnSet.java");
        Result result = compile(source);
        assertError(result, "RelatePositionNotList", source, "position = \"rank\"",
                "ErroneousPositionOnSet.Parent.children keeps positions in rank, but it is declared as"
                        + " Set<ErroneousPositionOnSet.Child>, which has no indexes",
                "remove position or declare the end so");
        result.wroteNothing();
    }

    @Test
    void positionOnAOneWayList() {
        JavaFileObject source = input("positions/ErroneousPositionOneWay.java");
        Result result = compile(source);
        assertError(result, "RelatePositionNotList", source, "position = \"rank\"",
                "ErroneousPositionOneWay.Parent.children keeps positions in rank, but it has no other end, so one"
                        + " element may be in several lists");
        result.wroteNothing();
    }

    @Test
    void positionOnAOneToOneEnd() {
        JavaFileObject source = input("positions/ErroneousPositionOneToOne.java");
        Result result = compile(source);
        assertError(result, "RelatePositionNotList", source, "position = \"rank\"",
                "ErroneousPositionOneToOne.Person.passport keeps positions in rank, but it is a one-to-one end");
        result.wroteNothing();
    }

    @Test
    void positionOnASetOfAssociationObjects() {
        JavaFileObject source = input("positions/ErroneousPositionAssociation.java");
        Result result = compile(source);
        assertError(result, "RelatePositionNotList", source, "position = \"rank\"",
                "ErroneousPositionAssociation.Parent.children keeps positions in rank, but it is declared as"
                        + " Set<ErroneousPositionAssociation.Link>, which has no indexes");
        result.wroteNothing();
    }

    @Test
    void positionNamingNoField() {
        JavaFileObject source = input("positions/ErroneousPositionMissing.java");
        Result result = compile(source);
        assertError(result, "RelatePositionMissing", source, "position = \"rnak\"",
                "position = \"rnak\" names no field of ErroneousPositionMissing.Child: name the int field of"
                        + " ErroneousPositionMissing.Child that holds each element's index in"
                        + " ErroneousPositionMissing.Parent.children");
        result.wroteNothing();
    }

    @Test
    void positionOfABoxedType() {
        JavaFileObject source = input("positions/ErroneousPositionType.java");
        Result result = compile(source);
        assertError(result, "RelatePositionType", source, "position = \"rank\"",
                "ErroneousPositionType.Child.rank, which ErroneousPositionType.Parent.children names as its"
                        + " position, is Integer: declare it int");
        result.wroteNothing();
    }

    @Test
    void positionNamingARelationshipEnd() {
        JavaFileObject source = input("positions/ErroneousPositionIsEnd.java");
        Result result = compile(source);
        assertError(result, "RelatePositionType", source, "position = \"parent\"",
                "ErroneousPositionIsEnd.Child.parent, which ErroneousPositionIsEnd.Parent.children names as its"
                        + " position, is ErroneousPositionIsEnd.Parent: declare it int");
        result.wroteNothing();
    }

    @Test
    void finalPosition() {
        JavaFileObject source = input("positions/ErroneousPositionFinal.java");
        Result result = compile(source);
        assertError(result, "RelatePositionNotWritable", source, "position = \"rank\"",
                "ErroneousPositionFinal.Child.rank, which ErroneousPositionFinal.Parent.children names as its"
                        + " position, cannot be written by relate: it is final, so remove final");
        result.wroteNothing();
    }

    @Test
    void staticPosition() {
        JavaFileObject source = input("positions/ErroneousPositionStatic.java");
        Result result = compile(source);
        assertError(result, "RelatePositionNotWritable", source, "position = \"rank\"",
                "it is static, so remove static: each element keeps its own index");
        result.wroteNothing();
    }

    @Test
    void privatePositionWithoutSetter() {
        JavaFileObject source = input("positions/ErroneousPositionHidden.java");
        Result result = compile(source);
        assertError(result, "RelatePositionNotWritable", source, "position = \"rank\"",
                "ErroneousPositionHidden.Child.rank, which ErroneousPositionHidden.Parent.children names as its"
                        + " position, cannot be written by relate: it is private and ErroneousPositionHidden.Child"
                        + " has no setter setRank(int) visible in package test.errors, so add it");
        result.wroteNothing();
    }
}
