package dev.relate.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code @Validates} and {@code @OnChange}: an instance method of the end's owner class,
 * {@code void m(Other other, boolean flag)} throwing nothing checked, visible from the other class's
 * package, one of each kind per end, on any kind of end.
 */
class EventRulesTest {

    @Test
    void namingNoEnd() {
        JavaFileObject source = input("events/ErroneousEventUnknownEnd.java");
        Result result = compile(source);
        assertError(result, "RelateEventUnknownEnd", source, "@Validates(\"player\")",
                "ErroneousEventUnknownEnd.Team.checkPlayer names \"player\", which is no relationship end of"
                        + " ErroneousEventUnknownEnd.Team: name the field of ErroneousEventUnknownEnd.Team that is the"
                        + " end (its ends are players)");
        result.wroteNothing();
    }

    @Test
    void onAClassWithNoEnds() {
        JavaFileObject source = input("events/ErroneousEventNoEnds.java");
        Result result = compile(source);
        assertError(result, "RelateEventUnknownEnd", source, "@OnChange(\"players\")",
                "ErroneousEventNoEnds.Team.playersChanged names \"players\", which is no relationship end of"
                        + " ErroneousEventNoEnds.Team", "(it has none)");
        result.wroteNothing();
    }

    /**
     * A listener of an end whose own declaration has an error is no second error: only the end's is
     * reported, and never that the end it names is none.
     */
    @Test
    void onAnEndWithAnErrorOfItsOwnReportsThatErrorAlone() {
        JavaFileObject team = JavaFileObjects.forSourceLines("test.errors.Team", "package test.errors;",
                "import dev.relate.*;", "import java.util.*;",
                "public class Team {",
                "    @OneToManyRel(backPopulates = \"team\") List<Player> players = new ArrayList<>();",
                "}");
        JavaFileObject player = JavaFileObjects.forSourceLines("test.errors.Player", "package test.errors;",
                "import dev.relate.*;",
                "public class Player {",
                "    @ManyToOneRel(backPopulates = \"players\") Team team;",
                "    @ManyToOneRel(backPopulates = \"players\") Team formerTeam;",
                "    @OnChange(\"formerTeam\") void formerTeamChanged(Team team, boolean linked) { }",
                "}");
        Result result = compile(team, player);
        assertError(result, "RelateEndsDisagree", player, "Team formerTeam;",
                "Player.formerTeam names Team.players as its other end, but Team.players names \"team\"");
    }

    /** Once refused, now taken: both ends of a map-keyed many-to-many, with no error and both helpers written. */
    @Test
    void onBothEndsOfAManyToManyMap() {
        JavaFileObject source = input("events/EventManyToManyMap.java");
        Result result = compile(source);
        assertThat(result.compilation()).succeededWithoutWarnings();
        result.wrote("test.errors.EventManyToManyMap_PostRelations");
        result.wrote("test.errors.EventManyToManyMap_TagRelations");
    }

    @Test
    void aWrongSignature() {
        JavaFileObject source = input("events/ErroneousEventSignature.java");
        Result result = compile(source);
        assertError(result, "RelateEventSignature", source, "void checkPlayer(Player player)",
                "ErroneousEventSignature.Team.checkPlayer cannot be the validator (@Validates) of"
                        + " ErroneousEventSignature.Team.players, which relate calls with the Player on the other side"
                        + " and whether it is being linked or unlinked: declare it void checkPlayer(Player player,"
                        + " boolean linking), throwing no checked exception");
        result.wroteNothing();
    }

    @Test
    void aParameterTheOtherObjectIsNot() {
        JavaFileObject source = input("events/ErroneousEventParameterType.java");
        Result result = compile(source);
        assertError(result, "RelateEventSignature", source, "void teamChanged(String team",
                "ErroneousEventParameterType.Player.teamChanged cannot be the listener (@OnChange) of"
                        + " ErroneousEventParameterType.Player.team, which relate calls with the Team on the other side"
                        + " and whether it is linked or unlinked: declare it void teamChanged(Team team, boolean linked)");
        result.wroteNothing();
    }

    @Test
    void throwingACheckedException() {
        JavaFileObject source = input("events/ErroneousEventChecked.java");
        Result result = compile(source);
        assertError(result, "RelateEventSignature", source, "throws Exception",
                "ErroneousEventChecked.Team.checkPlayer cannot be the validator (@Validates)",
                "throwing no checked exception");
    }

    @Test
    void aStaticMethod() {
        JavaFileObject source = input("events/ErroneousEventStatic.java");
        Result result = compile(source);
        assertError(result, "RelateEventStatic", source, "static void playersChanged",
                "ErroneousEventStatic.Team.playersChanged is static, but the listener (@OnChange) of"
                        + " ErroneousEventStatic.Team.players runs on the object whose end changes: remove static");
        result.wroteNothing();
    }

    @Test
    void aPrivateMethod() {
        JavaFileObject source = input("events/ErroneousEventPrivate.java");
        Result result = compile(source);
        assertError(result, "RelateEventNotVisible", source, "private void checkPlayer",
                "ErroneousEventPrivate.Team.checkPlayer is the validator (@Validates) of"
                        + " ErroneousEventPrivate.Team.players, which relate calls from the package test.errors, but it"
                        + " is private there: remove private");
        result.wroteNothing();
    }

    @Test
    void aMethodTheOtherClassesPackageCannotCall() {
        JavaFileObject team = input("events/ErroneousEventOtherPackage.java");
        JavaFileObject player = input("events/EventPlayer.java");
        Result result = compile(team, player);
        assertError(result, "RelateEventNotVisible", team, "void checkPlayer",
                "ErroneousEventOtherPackage.checkPlayer is the validator (@Validates) of"
                        + " ErroneousEventOtherPackage.players, which relate calls from the package"
                        + " test.errors.events.player, but it is not public there: make it public");
    }

    @Test
    void twoListenersOfOneEnd() {
        JavaFileObject source = input("events/ErroneousEventTwice.java");
        Result result = compile(source);
        assertError(result, "RelateEventTwice", source, "void logPlayers",
                "ErroneousEventTwice.Team.logPlayers is the listener (@OnChange) of ErroneousEventTwice.Team.players,"
                        + " but ErroneousEventTwice.Team.countPlayers is already: an end has at most one, so call one"
                        + " from the other");
        result.wroteNothing();
    }
}
