package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.annotationAbove;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.inSubpackage;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules of association objects ({@code @AssociationObject}): exactly two {@code @ManyToOneRel}
 * ends, which is the left and which the right, and the other end of each, a collection of
 * associations on the left or the right class.
 *
 * <p>An error in an association writes nothing for it, nor for the classes holding collections of
 * it: their helpers would lack the navigation through the associations. An error reported by the
 * rules of every relationship (a missing field, a type that does not fit) is reported once, and
 * not again as an error of the association.
 */
class AssociationRulesTest {
    private static final String PKG = "test.errors.";
    private static final String VALID = "test.valid.association.";
    /** Every lint on, for Java 8 as the generated code must compile; -options: JDK 21 calls release 8 obsolete. */
    private static final List<String> CLEAN = List.of("--release", "8", "-Xlint:all", "-Xlint:-options");

    // ---------------------------------------------------------------- the ends

    @Test
    void noEnds() {
        JavaFileObject source = association("ErroneousAssociationNoEnds");
        Result result = compile(source);
        assertError(result, "RelateAssociationEnds", source, "@AssociationObject",
                "@AssociationObject ErroneousAssociationNoEnds.Membership has no @ManyToOneRel field",
                "give it exactly two @ManyToOneRel fields, one for each");
        // Membership.payments is no end: the pair with Payment.membership is valid, but Membership has an error
        result.wroteNone(PKG + "ErroneousAssociationNoEnds_MembershipRelations");
        result.wrote(PKG + "ErroneousAssociationNoEnds_PaymentRelations");
    }

    @Test
    void noRelationshipsAtAll() {
        JavaFileObject source = alone("ErroneousAssociationNoRelationships");
        Result result = compile(source);
        assertError(result, "RelateAssociationEnds", source, "@AssociationObject",
                "@AssociationObject ErroneousAssociationNoRelationships.Membership has no @ManyToOneRel field");
        result.wroteNothing();
    }

    @Test
    void oneEnd() {
        JavaFileObject source = association("ErroneousAssociationOneEnd");
        Result result = compile(source);
        assertError(result, "RelateAssociationEnds", source, "@AssociationObject",
                "@AssociationObject ErroneousAssociationOneEnd.Authorship has one @ManyToOneRel field, author:",
                "an association object links a left and a right object",
                "give it exactly two @ManyToOneRel fields");
        // Author.authorships and Authorship.author are a valid pair, but Author's helpers would lack
        // the navigation through the associations
        result.wroteNone(PKG + "ErroneousAssociationOneEnd_AuthorshipRelations",
                PKG + "ErroneousAssociationOneEnd_AuthorRelations");
        result.wroteNothing();
    }

    @Test
    void threeEnds() {
        JavaFileObject source = association("ErroneousAssociationThreeEnds");
        Result result = compile(source);
        assertError(result, "RelateAssociationEnds", source, "@AssociationObject",
                "@AssociationObject ErroneousAssociationThreeEnds.Enrollment has 3 @ManyToOneRel fields, student,"
                        + " course, teacher:",
                "give it exactly two @ManyToOneRel fields, one for each");
        result.wroteNone(PKG + "ErroneousAssociationThreeEnds_EnrollmentRelations",
                PKG + "ErroneousAssociationThreeEnds_StudentRelations",
                PKG + "ErroneousAssociationThreeEnds_CourseRelations",
                PKG + "ErroneousAssociationThreeEnds_TeacherRelations");
        result.wroteNothing();
    }

    @Test
    void staticEndIsAnEndWithAnError() {
        JavaFileObject source = association("ErroneousAssociationStaticEnd");
        Result result = compile(source);
        // the static end counts as one of the two: its own error is all there is to fix
        assertError(result, "RelateStaticField", source, annotationAbove(source, "static Flat flat;"),
                "ErroneousAssociationStaticEnd.Lease.flat is static", "remove static");
        assertThat(String.join("\n", result.errors())).doesNotContain("RelateAssociationEnds");
        result.wroteNothing();
    }

    // ---------------------------------------------------------------- left and right

    @Test
    void leftNamingTheExtraData() {
        JavaFileObject source = association("ErroneousAssociationSideExtraData");
        Result result = compile(source);
        // on the value of left
        assertError(result, "RelateAssociationSide", source, "@AssociationObject(left = \"stars\")",
                "left = \"stars\" names no @ManyToOneRel field of ErroneousAssociationSideExtraData.Rating:"
                        + " name one of its two ends (customer, product)");
        result.wroteNone(PKG + "ErroneousAssociationSideExtraData_RatingRelations",
                PKG + "ErroneousAssociationSideExtraData_CustomerRelations",
                PKG + "ErroneousAssociationSideExtraData_ProductRelations");
        result.wroteNothing();
    }

    @Test
    void rightMisspelled() {
        JavaFileObject source = association("ErroneousAssociationSideMisspelled");
        Result result = compile(source);
        assertError(result, "RelateAssociationSide", source, "right = \"flim\"",
                "right = \"flim\" names no @ManyToOneRel field of ErroneousAssociationSideMisspelled.Role:"
                        + " name one of its two ends (actor, film)");
        assertThat(result.errors().get(0)).doesNotContain("left =");
        result.wroteNothing();
    }

    @Test
    void leftAndRightBothMisnamed() {
        JavaFileObject source = association("ErroneousAssociationSidesMisnamed");
        Result result = compile(source);
        // each on its own value
        long line = lineAfter(source, "class", "@AssociationObject(");
        assertThat(result.compilation()).failed();
        assertThat(result.compilation()).hadErrorCount(2);
        assertThat(result.compilation()).hadErrorContaining("[RelateAssociationSide] left = \"owners\" names no"
                + " @ManyToOneRel field of ErroneousAssociationSidesMisnamed.Ownership: name one of its two ends"
                + " (owner, car)").inFile(source).onLine(line).atColumn(31);
        assertThat(result.compilation()).hadErrorContaining("[RelateAssociationSide] right = \"cars\" names no"
                + " @ManyToOneRel field of ErroneousAssociationSidesMisnamed.Ownership").inFile(source)
                .onLine(line).atColumn(49);
        result.wroteNothing();
    }

    @Test
    void leftAndRightNamingTheSameEnd() {
        JavaFileObject source = association("ErroneousAssociationSameSide");
        Result result = compile(source);
        assertError(result, "RelateAssociationSameEnd", source, "right = \"doctor\"",
                "left = \"doctor\" and right = \"doctor\" name the same end of"
                        + " ErroneousAssociationSameSide.Appointment",
                "name one each, as in @AssociationObject(left = \"doctor\", right = \"patient\")");
        result.wroteNone(PKG + "ErroneousAssociationSameSide_AppointmentRelations",
                PKG + "ErroneousAssociationSameSide_PatientRelations",
                PKG + "ErroneousAssociationSameSide_DoctorRelations");
        result.wroteNothing();
    }

    @Test
    void bothEndsHoldingTheSameClassWithoutLeftOrRight() {
        JavaFileObject source = association("ErroneousAssociationSidesUnsaid");
        Result result = compile(source);
        assertError(result, "RelateAssociationSidesUnsaid", source, "@AssociationObject",
                "both ends of @AssociationObject ErroneousAssociationSidesUnsaid.Edge hold"
                        + " ErroneousAssociationSidesUnsaid.Node, so relate cannot tell the left from the right",
                "write @AssociationObject(left = \"from\", right = \"to\") or the other way round");
        result.wroteNone(PKG + "ErroneousAssociationSidesUnsaid_EdgeRelations",
                PKG + "ErroneousAssociationSidesUnsaid_NodeRelations");
        result.wroteNothing();
    }

    // ---------------------------------------------------------------- the other end of each end

    @Test
    void oneWayEnd() {
        JavaFileObject source = association("ErroneousAssociationEndOneWay");
        Result result = compile(source);
        assertError(result, "RelateAssociationEndOneWay", source, annotationAbove(source, "Item item;"),
                "ErroneousAssociationEndOneWay.OrderLine.item is an end of @AssociationObject"
                        + " ErroneousAssociationEndOneWay.OrderLine, so its other end must be a collection of"
                        + " ErroneousAssociationEndOneWay.OrderLine in ErroneousAssociationEndOneWay.Item",
                "name that collection with backPopulates (it declares @OneToManyRel(backPopulates = \"item\")),"
                        + " or with backref");
        // Order.lines and OrderLine.order are a valid pair; Item has no helpers to write
        result.wroteNone(PKG + "ErroneousAssociationEndOneWay_OrderLineRelations",
                PKG + "ErroneousAssociationEndOneWay_OrderRelations");
        result.wroteNothing();
    }

    @Test
    void endWhoseOtherEndHoldsOneAssociation() {
        JavaFileObject source = association("ErroneousAssociationEndScalar");
        Result result = compile(source);
        assertError(result, "RelateAssociationEndScalar", source, "@ManyToOneRel(backPopulates = \"assignment\")",
                "ErroneousAssociationEndScalar.Assignment.employee is an end of @AssociationObject"
                        + " ErroneousAssociationEndScalar.Assignment, but its other end"
                        + " ErroneousAssociationEndScalar.Employee.assignment holds a single object",
                "make ErroneousAssociationEndScalar.Employee.assignment a List or Set of"
                        + " ErroneousAssociationEndScalar.Assignment and remove uselist = false from it",
                "a left or right object can have many associations");
        result.wroteNone(PKG + "ErroneousAssociationEndScalar_AssignmentRelations",
                PKG + "ErroneousAssociationEndScalar_EmployeeRelations",
                PKG + "ErroneousAssociationEndScalar_ProjectRelations");
        result.wroteNothing();
    }

    @Test
    void endWhoseBackrefManagesAFieldHoldingOneAssociation() {
        JavaFileObject source = association("ErroneousAssociationEndScalarBackref");
        Result result = compile(source);
        // a backref may manage a field holding one object, a one-to-one: not as the end of an association
        assertError(result, "RelateAssociationEndScalar", source, "@ManyToOneRel(backref = \"flight\")",
                "ErroneousAssociationEndScalarBackref.Flight.plane is an end of @AssociationObject"
                        + " ErroneousAssociationEndScalarBackref.Flight, but its other end"
                        + " ErroneousAssociationEndScalarBackref.Plane.flight holds a single object",
                "make ErroneousAssociationEndScalarBackref.Plane.flight a List or Set of"
                        + " ErroneousAssociationEndScalarBackref.Flight, since");
        assertThat(result.errors().get(0)).doesNotContain("uselist");
        result.wroteNothing();
    }

    @Test
    void endWhoseOtherEndHoldsAnotherClass() {
        JavaFileObject source = association("ErroneousAssociationEndTypeMismatch");
        Result result = compile(source);
        // reported once, by the rules of every relationship, and not again as an error of the association
        assertError(result, "RelateEndTypeMismatch", source,
                lineAfter(source, "class Contract", "@ManyToOneRel(backPopulates = \"players\")"),
                "backPopulates = \"players\" names ErroneousAssociationEndTypeMismatch.Team.players, which holds"
                        + " ErroneousAssociationEndTypeMismatch.Player, but its other end is in"
                        + " ErroneousAssociationEndTypeMismatch.Contract",
                "name a field that holds ErroneousAssociationEndTypeMismatch.Contract");
        result.wroteNone(PKG + "ErroneousAssociationEndTypeMismatch_ContractRelations",
                PKG + "ErroneousAssociationEndTypeMismatch_PlayerRelations");
        // Team.players and Player.team are a valid pair, and Team takes no part in the association
        result.wrote(PKG + "ErroneousAssociationEndTypeMismatch_TeamRelations");
    }

    @Test
    void endAndItsOtherEndDisagreeing() {
        JavaFileObject source = association("ErroneousAssociationEndsDisagree");
        Result result = compile(source);
        assertError(result, "RelateEndsDisagree", source, annotationAbove(source, "Team employer;"),
                "ErroneousAssociationEndsDisagree.Contract.employer names ErroneousAssociationEndsDisagree.Team.players"
                        + " as its other end, but ErroneousAssociationEndsDisagree.Team.players names \"team\"");
        result.wroteNone(PKG + "ErroneousAssociationEndsDisagree_ContractRelations",
                PKG + "ErroneousAssociationEndsDisagree_PlayerRelations");
        result.wrote(PKG + "ErroneousAssociationEndsDisagree_TeamRelations");
    }

    @Test
    void endsInheritedFromTheSuperclassOfAnotherAssociationClass() {
        JavaFileObject source = alone("ErroneousAssociationEndElsewhere");
        Result result = compile(source);
        // on the class that shares them; once, for the first of them
        assertError(result, "RelateAssociationEndElsewhere", source, lineAfter(source, "Employment:",
                "@AssociationObject"),
                "@AssociationObject ErroneousAssociationEndElsewhere.Internship inherits the end"
                        + " ErroneousAssociationEndElsewhere.Engagement.company, but its other end"
                        + " ErroneousAssociationEndElsewhere.Company.employments is a collection of"
                        + " ErroneousAssociationEndElsewhere.Employment",
                "give ErroneousAssociationEndElsewhere.Internship ends of its own, each naming a collection of"
                        + " ErroneousAssociationEndElsewhere.Internship");
        result.wroteNone(PKG + "ErroneousAssociationEndElsewhere_InternshipRelations");
        // the ends are Employment's, whose association is valid
        result.wrote(PKG + "ErroneousAssociationEndElsewhere_EmploymentRelations");
        result.wrote(PKG + "ErroneousAssociationEndElsewhere_CompanyRelations");
        result.wrote(PKG + "ErroneousAssociationEndElsewhere_WorkerRelations");
    }

    @Test
    void endNamingAMissingCollection() {
        JavaFileObject source = association("ErroneousAssociationEndMissingField");
        Result result = compile(source);
        assertError(result, "RelateMissingField", source, annotationAbove(source, "Band band;"),
                "backPopulates = \"memberships\" names no field of ErroneousAssociationEndMissingField.Band",
                "(ErroneousAssociationEndMissingField.Band has members of a fitting type)");
        result.wroteNothing();
    }

    @Test
    void endWhoseBackrefNamesACollectionOfAnotherClass() {
        JavaFileObject source = association("ErroneousAssociationBackrefTargetType");
        Result result = compile(source);
        assertError(result, "RelateBackrefTargetType", source, annotationAbove(source, "Chef chef;"),
                "backref = \"shifts\" names ErroneousAssociationBackrefTargetType.Chef.shifts, whose type is"
                        + " List<ErroneousAssociationBackrefTargetType.Kitchen>",
                "a collection of ErroneousAssociationBackrefTargetType.Shift");
        // Kitchen.shifts fits, but Kitchen's helpers would lack the navigation to the chefs
        result.wroteNothing();
    }

    // ---------------------------------------------------------------- the association class

    @Test
    void genericAssociationClass() {
        JavaFileObject source = association("ErroneousAssociationGeneric");
        Result result = compile(source);
        // on each end, as for any class holding ends; the ends' other problems wait until it is fixed
        assertOnEachEnd(result, "RelateGenericOwner", source, List.of("Reader reader;", "Magazine magazine;"),
                "ErroneousAssociationGeneric.Subscription declares type parameters, but relate does not support"
                        + " relationship ends in generic classes");
        result.wroteNothing();
    }

    @Test
    void privateAssociationClass() {
        JavaFileObject source = association("ErroneousAssociationPrivate");
        Result result = compile(source);
        assertOnEachEnd(result, "RelateClassNotAccessible", source, List.of("Guest guest;", "Hotel hotel;"),
                "ErroneousAssociationPrivate.Booking is private, so the generated helpers cannot refer to it");
        result.wroteNone(PKG + "ErroneousAssociationPrivate_BookingRelations",
                PKG + "ErroneousAssociationPrivate_GuestRelations", PKG + "ErroneousAssociationPrivate_HotelRelations");
        result.wroteNothing();
    }

    // ---------------------------------------------------------------- packages

    @Test
    void endNotVisibleFromThePackageOfTheOtherSide() {
        JavaFileObject writer = input("association/packages/writers/Writer.java");
        JavaFileObject publisher = input("association/packages/deals/Publisher.java");
        JavaFileObject contract = input("association/packages/deals/Contract.java");
        Result result = compile(writer, publisher, contract);
        // WriterRelations, in test.errors.writers, navigates through Contract.publisher to the publishers
        assertError(result, "RelatePrivateField", contract, annotationAbove(contract, "Publisher publisher;"),
                "Contract.publisher is not visible to the generated helpers in packages test.errors.deals and"
                        + " test.errors.writers, and its class has no getter getPublisher() and setter"
                        + " setPublisher(Publisher) visible there",
                "make the field visible there (public)");
        result.wroteNothing();
    }

    @Test
    void endNotVisibleFromThePackagesOfTheAssociationAndTheOtherSide() {
        JavaFileObject agent = input("association/packages/agents/Agent.java");
        JavaFileObject league = input("association/packages/leagues/League.java");
        JavaFileObject signing = input("association/packages/signings/Signing.java");
        Result result = compile(agent, league, signing);
        assertError(result, "RelatePrivateField", league, "@OneToManyRel(backPopulates = \"league\")",
                "League.signings is not visible to the generated helpers in packages test.errors.agents,"
                        + " test.errors.leagues and test.errors.signings, and its class has no getter getSignings()"
                        + " visible there: make the field visible there (public), or add the getter getSignings()");
        result.wroteNothing();
    }

    @Test
    void classNotVisibleFromThePackageOfTheOtherSide() {
        JavaFileObject singer = input("association/packages/singers/Singer.java");
        JavaFileObject venue = input("association/packages/gigs/Venue.java");
        JavaFileObject gig = input("association/packages/gigs/Gig.java");
        Result result = compile(singer, venue, gig);
        assertError(result, "RelateClassNotVisible", gig, annotationAbove(gig, "Venue venue;"),
                "Venue is not visible from package test.errors.singers, where SingerRelations is generated",
                "make it public");
        result.wroteNothing();
    }

    // ---------------------------------------------------------------- the table of an association class

    @Test
    void tableOfAnAssociationClassRelateCannotCreate() {
        JavaFileObject source = table("ErroneousAssociationTableNotCreatable");
        Result result = compile(source);
        assertError(result, "RelateAssociationNotCreatable", source, "@AssociationObject(table = \"ratings\")",
                "ErroneousAssociationTableNotCreatable.Rating has no constructor without parameters that relate can"
                        + " call, but loading rows of the table \"ratings\" creates its objects",
                "add one (it may be package-private), or remove table");
        result.wroteNone(PKG + "ErroneousAssociationTableNotCreatable_RatingRelations");
    }

    @Test
    void associationClassesOfOneNameInTwoPackagesNamingOneTable() {
        JavaFileObject shop = input("association/packages/shops/Shop.java");
        JavaFileObject first = inSubpackage(shop, "x");
        JavaFileObject second = inSubpackage(shop, "y");
        Result result = compile(first, second);
        // both are Shop.Rating: the message tells them apart by package
        assertError(result, "RelateTableShared", second, "@AssociationObject(table = \"ratings\")",
                "test.errors.shops.y.Shop.Rating names the association table \"ratings\", which"
                        + " test.errors.shops.x.Shop.Rating already uses for another relationship");
        result.wroteNone("test.errors.shops.y.Shop_RatingRelations");
        result.wrote("test.errors.shops.x.Shop_RatingRelations");
    }

    @Test
    void tableOfAnAbstractAssociationClass() {
        JavaFileObject source = table("ErroneousAssociationTableAbstract");
        Result result = compile(source);
        // it has a constructor without parameters: the message says what is in the way
        assertError(result, "RelateAssociationAbstract", source, "@AssociationObject(table = \"ratings\")",
                "ErroneousAssociationTableAbstract.Rating is abstract, so relate cannot create its objects, but"
                        + " loading rows of the table \"ratings\" creates them",
                "make it a class that is not abstract, with a constructor without parameters, or remove table");
        assertThat(result.errors().get(0)).doesNotContain("has no constructor");
        result.wroteNone(PKG + "ErroneousAssociationTableAbstract_RatingRelations");
    }

    @Test
    void tableOfAnInnerAssociationClass() {
        JavaFileObject source = table("ErroneousAssociationTableInner");
        Result result = compile(source);
        assertError(result, "RelateAssociationInner", source, "@AssociationObject(table = \"ratings\")",
                "ErroneousAssociationTableInner.Rating is an inner class, whose objects need an object of the class"
                        + " around it",
                "make it static, or remove table");
        result.wroteNone(PKG + "ErroneousAssociationTableInner_RatingRelations");
    }

    @Test
    void extraFieldOfATypeNoColumnHolds() {
        JavaFileObject source = table("ErroneousAssociationTableColumnType");
        Result result = compile(source);
        assertError(result, "RelateUnsupportedColumn", source, "List<String> notes",
                "ErroneousAssociationTableColumnType.Usage.notes has type List<String>, which the table \"usages\""
                        + " cannot store as a column",
                "or mark the field transient to leave it out of the table");
        result.wroteNone(PKG + "ErroneousAssociationTableColumnType_UsageRelations");
    }

    @Test
    void tableNameLongerThanPostgreSqlKeeps() {
        JavaFileObject source = table("ErroneousAssociationTableNameTooLong");
        Result result = compile(source);
        String value = "table = \"" + "a".repeat(64) + "\"";
        assertError(result, "RelateNameTooLong", source, "@AssociationObject(" + value + ")",
                value + " has 64 characters, but PostgreSQL keeps only the first 63 of a name",
                "use a shorter name");
        result.wroteNone(PKG + "ErroneousAssociationTableNameTooLong_UsageRelations");
    }

    @Test
    void columnNameFromAFieldNameLongerThanPostgreSqlKeeps() {
        JavaFileObject source = table("ErroneousAssociationTableColumnTooLong");
        Result result = compile(source);
        // the name relate makes from the field is reported on the field
        assertError(result, "RelateNameTooLong", source, "double gramsOfThisIngredient",
                "the column of ErroneousAssociationTableColumnTooLong.Usage.gramsOfThisIngredientThatTheRecipeNeeds"
                        + "ForEachPortionItServes = \"grams_of_this_ingredient_that_the_recipe_needs_for_each_portion"
                        + "_it_serves\" has 73 characters, but PostgreSQL keeps only the first 63 of a name");
        result.wroteNone(PKG + "ErroneousAssociationTableColumnTooLong_UsageRelations");
    }

    @Test
    void columnNameFromAColumnAnnotationLongerThanPostgreSqlKeeps() {
        JavaFileObject source = table("ErroneousAssociationTableDeclaredColumnTooLong");
        Result result = compile(source);
        // a name given with @Column(name = ...) is reported on that annotation
        assertError(result, "RelateNameTooLong", source, "@Column(name",
                "the column of ErroneousAssociationTableDeclaredColumnTooLong.Usage.grams, name = \""
                        + "a".repeat(64) + "\" has 64 characters");
        result.wroteNone(PKG + "ErroneousAssociationTableDeclaredColumnTooLong_UsageRelations");
    }

    @Test
    void bigDecimalColumnWithAScaleOverItsPrecision() {
        JavaFileObject source = table("ErroneousAssociationTableColumnPrecision");
        Result result = compile(source);
        assertError(result, "RelateColumnPrecision", source, "@Column(precision = 10, scale = 12)",
                "ErroneousAssociationTableColumnPrecision.Usage.price declares precision = 10 and scale = 12 for its"
                        + " column in the table \"usages\", which no database takes",
                "give a precision from 1 to 1000 and a scale from 0 to the precision");
        result.wroteNone(PKG + "ErroneousAssociationTableColumnPrecision_UsageRelations");
    }

    @Test
    void extraFieldInTheColumnOfAnEnd() {
        JavaFileObject source = table("ErroneousAssociationTableColumnTwice");
        Result result = compile(source);
        assertError(result, "RelateColumnTwice", source, "long authorId;",
                "ErroneousAssociationTableColumnTwice.Credit.authorId would be stored in the column \"author_id\" of"
                        + " the table \"credits\", which another column already has",
                "rename the field, or give it another name with @Column(name = ...)");
        result.wroteNone(PKG + "ErroneousAssociationTableColumnTwice_CreditRelations");
    }

    @Test
    void extraFieldLoadingCannotWrite() {
        JavaFileObject source = table("ErroneousAssociationTableColumnNotWritable");
        Result result = compile(source);
        assertError(result, "RelateColumnNotWritable", source, "private String status;",
                "ErroneousAssociationTableColumnNotWritable.Subscription.status is stored in the table"
                        + " \"subscriptions\", and loading rows writes it, but relate cannot",
                "or mark it transient");
        result.wroteNone(PKG + "ErroneousAssociationTableColumnNotWritable_SubscriptionRelations");
    }

    // ---------------------------------------------------------------- valid declarations

    @Test
    void endsDeclaredWithBackPopulates() {
        Result result = compileClean(valid("BackPopulatesEnds"));
        assertThat(result.written()).containsExactly(VALID + "BackPopulatesEnds_CourseRelations",
                VALID + "BackPopulatesEnds_EnrollmentRelations", VALID + "BackPopulatesEnds_StudentRelations");
        String enrollment = source(result, VALID + "BackPopulatesEnds_EnrollmentRelations");
        assertThat(enrollment).contains("public static BackPopulatesEnds.Enrollment link(BackPopulatesEnds.Student"
                + " student, BackPopulatesEnds.Course course,");
        assertThat(enrollment).contains("public static BackPopulatesEnds.Enrollment link(BackPopulatesEnds.Student"
                + " student, BackPopulatesEnds.Course course) {");
        assertThat(enrollment).contains("return new BackPopulatesEnds.Enrollment();");
        assertThat(source(result, VALID + "BackPopulatesEnds_StudentRelations"))
                .contains("public static List<BackPopulatesEnds.Course> courseOfEnrollments(");
        assertThat(source(result, VALID + "BackPopulatesEnds_CourseRelations"))
                .contains("public static List<BackPopulatesEnds.Student> studentOfEnrollments(");
    }

    @Test
    void endsDeclaredWithBackrefOnSets() {
        Result result = compileClean(valid("BackrefEnds"));
        assertThat(result.written()).containsExactly(VALID + "BackrefEnds_BookRelations",
                VALID + "BackrefEnds_LoanRelations", VALID + "BackrefEnds_ReaderRelations");
        String reader = source(result, VALID + "BackrefEnds_ReaderRelations");
        assertThat(reader).contains("public static Set<BackrefEnds.Loan> loans(BackrefEnds.Reader reader)");
        assertThat(reader).contains("public static List<BackrefEnds.Book> bookOfLoans(BackrefEnds.Reader reader)");
        assertThat(source(result, VALID + "BackrefEnds_BookRelations"))
                .contains("public static List<BackrefEnds.Reader> readerOfLoans(BackrefEnds.Book book)");
    }

    @Test
    void mixedEndsAndCollections() {
        Result result = compileClean(valid("MixedEnds"));
        // Entry's own relationship with Comment is written beside its ends
        assertThat(result.written()).containsExactly(VALID + "MixedEnds_CommentRelations",
                VALID + "MixedEnds_EntryRelations", VALID + "MixedEnds_PlaylistRelations",
                VALID + "MixedEnds_SongRelations");
        String entry = source(result, VALID + "MixedEnds_EntryRelations");
        assertThat(entry).contains("public static List<MixedEnds.Comment> comments(MixedEnds.Entry entry)");
        assertThat(entry)
                .contains("public static MixedEnds.Entry find(MixedEnds.Playlist playlist, MixedEnds.Song song)");
        assertThat(source(result, VALID + "MixedEnds_SongRelations"))
                .contains("public static SortedSet<MixedEnds.Entry> entries(MixedEnds.Song song)");
        assertThat(source(result, VALID + "MixedEnds_PlaylistRelations"))
                .contains("public static Collection<MixedEnds.Entry> entries(MixedEnds.Playlist playlist)");
    }

    @Test
    void associationClassesWithoutAConstructorRelateCanCall() {
        Result result = compileClean(valid("NoDefaultConstructor"));
        assertThat(result.written()).containsExactly(VALID + "NoDefaultConstructor_CustomerRelations",
                VALID + "NoDefaultConstructor_ProductRelations", VALID + "NoDefaultConstructor_RatingRelations",
                VALID + "NoDefaultConstructor_ReviewRelations", VALID + "NoDefaultConstructor_VoteRelations");
        for (String association : List.of("Rating", "Review", "Vote")) {
            String relations = source(result, VALID + "NoDefaultConstructor_" + association + "Relations");
            String type = "NoDefaultConstructor." + association;
            String variable = association.toLowerCase(Locale.ROOT);
            // link(left, right, association) only; adding through a view is left to the runtime, which throws
            assertThat(relations).contains("public static " + type + " link(NoDefaultConstructor.Customer customer,"
                    + " NoDefaultConstructor.Product product, " + type + " " + variable + ") {");
            assertThat(relations).doesNotContain(" " + type
                    + " link(NoDefaultConstructor.Customer customer, NoDefaultConstructor.Product product) {");
            // create() says why relate cannot create one
            assertThat(relations).contains("protected " + type + " create() { throw cannotCreate(\""
                    + (association.equals("Vote") ? "is abstract"
                            : "has no constructor without parameters that relate can call") + "\");");
            assertThat(relations).doesNotContain("new " + type + "()");
            assertThat(relations).contains("public static " + type + " find(NoDefaultConstructor.Customer customer,"
                    + " NoDefaultConstructor.Product product) {");
            assertThat(relations).contains("public static void unlink(" + type + " " + variable + ") {");
        }
        String customer = source(result, VALID + "NoDefaultConstructor_CustomerRelations");
        // the Javadoc as prose: where its lines break is the layout's business
        String prose = customer.replace(" * ", " ");
        assertThat(prose).contains("adding throws: {@code Rating} has no constructor without parameters that"
                + " relate can call, so call {@code link}.");
        // an abstract association class is told so, not that it has no constructor
        assertThat(prose).contains("adding throws: {@code Vote} is abstract, so call {@code link}.");
        // the object that links Votes, and its create(), live in VoteRelations; Customer's helpers use it there
        assertThat(customer).contains("NoDefaultConstructor_VoteRelations.VOTE_LINKS");
        assertThat(customer).doesNotContain("create()");
        assertThat(customer).doesNotContain("return new NoDefaultConstructor.");
        assertThat(customer).doesNotContain("Adding an object links it");
    }

    @Test
    void constructorNotVisibleFromEveryPackage() {
        Result result = compileClean(packageInputs("authors/Writer", "publishers/Publisher", "contracts/Contract"));
        // Contract() is protected: the helpers of Writer and Publisher, in other packages, cannot call it
        String contract = source(result, VALID + "contracts.ContractRelations");
        assertThat(contract).contains("return CONTRACT_LINKS.link(writer, publisher, contract);");
        assertThat(contract).doesNotContain("return CONTRACT_LINKS.link(writer, publisher);");
        assertThat(contract).doesNotContain("new Contract()");
    }

    @Test
    void selfReferentialAssociations() {
        Result result = compileClean(valid("SelfReferentialAssociation"));
        assertThat(result.written()).containsExactly(VALID + "SelfReferentialAssociation_EdgeRelations",
                VALID + "SelfReferentialAssociation_FollowRelations",
                VALID + "SelfReferentialAssociation_HyperlinkRelations",
                VALID + "SelfReferentialAssociation_NodeRelations",
                VALID + "SelfReferentialAssociation_PageRelations",
                VALID + "SelfReferentialAssociation_PersonRelations");
        // left and right given: from is the left end, Node.outgoing the left collection
        String node = source(result, VALID + "SelfReferentialAssociation_NodeRelations");
        assertThat(node).contains("List<SelfReferentialAssociation.Node> toOfOutgoing(");
        // the association's helpers hold the object that links its associations; the sides use it from there
        assertThat(node).contains("return SelfReferentialAssociation_EdgeRelations.EDGE_LINKS.rights(node);");
        assertThat(node).contains("List<SelfReferentialAssociation.Node> fromOfIncoming(");
        assertThat(node).contains("return SelfReferentialAssociation_EdgeRelations.EDGE_LINKS.lefts(node);");
        assertThat(source(result, VALID + "SelfReferentialAssociation_EdgeRelations"))
                .contains("super(\"SelfReferentialAssociation.Edge\", SelfReferentialAssociation_NodeRelations.OUTGOING,"
                        + " SelfReferentialAssociation_NodeRelations.INCOMING);");
        // left only, naming the second end declared: follower is the left end
        assertThat(source(result, VALID + "SelfReferentialAssociation_FollowRelations"))
                .contains("super(\"SelfReferentialAssociation.Follow\","
                        + " SelfReferentialAssociation_PersonRelations.FOLLOWING,"
                        + " SelfReferentialAssociation_PersonRelations.FOLLOWERS);");
        String person = source(result, VALID + "SelfReferentialAssociation_PersonRelations");
        assertThat(person).contains("List<SelfReferentialAssociation.Person> followedOfFollowing(");
        assertThat(person).contains("return SelfReferentialAssociation_FollowRelations.FOLLOW_LINKS.rights(person);");
        // right only: source, the other end, is the left one
        assertThat(source(result, VALID + "SelfReferentialAssociation_HyperlinkRelations"))
                .contains("super(\"SelfReferentialAssociation.Hyperlink\", SelfReferentialAssociation_PageRelations.LINKS,"
                        + " SelfReferentialAssociation_PageRelations.BACKLINKS);");
        assertThat(source(result, VALID + "SelfReferentialAssociation_PageRelations"))
                .contains("List<SelfReferentialAssociation.Page> targetOfLinks(");
    }

    @Test
    void twoAssociationsBetweenTheSameClasses() {
        Result result = compileClean(valid("TwoAssociations"));
        assertThat(result.written()).containsExactly(VALID + "TwoAssociations_CourseRelations",
                VALID + "TwoAssociations_EnrollmentRelations", VALID + "TwoAssociations_GradeRelations",
                VALID + "TwoAssociations_StudentRelations");
        String student = source(result, VALID + "TwoAssociations_StudentRelations");
        assertThat(student)
                .contains("List<TwoAssociations.Course> courseOfEnrollments(TwoAssociations.Student student)");
        assertThat(student).contains("List<TwoAssociations.Course> courseOfGrades(TwoAssociations.Student student)");
        // Grade is an inner class: only link(student, course, grade)
        assertThat(source(result, VALID + "TwoAssociations_EnrollmentRelations"))
                .contains("return new TwoAssociations.Enrollment();");
        String grade = source(result, VALID + "TwoAssociations_GradeRelations");
        assertThat(grade).contains("throw cannotCreate(\"is an inner class, whose objects need an object of the"
                + " class around it\");");
        assertThat(grade).doesNotContain("new TwoAssociations.Grade()");
        assertThat(grade).contains("return GRADE_LINKS.link(student, course, grade);");
    }

    @Test
    void endsInheritedFromASuperclass() {
        Result result = compileClean(valid("InheritedEnds"));
        // the helpers are written for the association class and the abstract class holding the collection
        assertThat(result.written()).containsExactly(VALID + "InheritedEnds_ClubRelations",
                VALID + "InheritedEnds_MembershipRelations", VALID + "InheritedEnds_PartyRelations");
        String membership = source(result, VALID + "InheritedEnds_MembershipRelations");
        assertThat(membership).contains("public static void setMember(InheritedEnds.Membership membership,");
        assertThat(membership).contains("return new InheritedEnds.Membership();");
        assertThat(membership).contains("link(InheritedEnds.Party party, InheritedEnds.Club club,");
        assertThat(source(result, VALID + "InheritedEnds_ClubRelations"))
                .contains("List<InheritedEnds.Party> memberOfMemberships(InheritedEnds.Club club)");
    }

    @Test
    void leftAndRightInAnotherPackageThanTheAssociation() {
        Result result = compileClean(packageInputs("school/Student", "school/Course", "records/Enrollment"));
        assertThat(result.written()).containsExactly(VALID + "records.EnrollmentRelations",
                VALID + "school.CourseRelations", VALID + "school.StudentRelations");
        assertThat(source(result, VALID + "school.StudentRelations")).contains("courseOfEnrollments(Student student)");
        assertThat(source(result, VALID + "records.EnrollmentRelations")).contains("return new Enrollment();");
    }

    @Test
    void leftRightAndAssociationEachInItsOwnPackage() {
        Result result = compileClean(packageInputs("authors/Writer", "publishers/Publisher", "contracts/Contract"));
        assertThat(result.written()).containsExactly(VALID + "authors.WriterRelations",
                VALID + "contracts.ContractRelations", VALID + "publishers.PublisherRelations");
        // Writer's helpers reach Publisher.contracts and Contract.publisher: both public
        String writer = source(result, VALID + "authors.WriterRelations");
        assertThat(writer).contains("return publisher.contracts;");
        assertThat(writer).contains("return contract.publisher;");
    }

    @Test
    void allValidAssociationInputsTogether() {
        List<JavaFileObject> all = new ArrayList<>();
        for (String name : List.of("BackPopulatesEnds", "BackrefEnds", "MixedEnds", "NoDefaultConstructor",
                "SelfReferentialAssociation", "TwoAssociations", "InheritedEnds")) {
            all.add(valid(name));
        }
        all.addAll(List.of(packageInputs("school/Student", "school/Course", "records/Enrollment", "authors/Writer",
                "publishers/Publisher", "contracts/Contract")));
        Result result = compileClean(all.toArray(new JavaFileObject[0]));
        assertThat(result.written()).hasSize(3 + 3 + 4 + 5 + 6 + 4 + 3 + 3 + 3);
    }

    // ---------------------------------------------------------------- helpers

    private static JavaFileObject association(String name) {
        return input("association/" + name + ".java");
    }

    /**
     * An association class none of whose own fields carries a relate annotation, under
     * {@code association/alone/}: not compiled with every other erroneous input by
     * {@link ErrorReportingTest}, where a field of an unresolved type makes relate wait a round,
     * after which it finds association classes only through their own annotated fields.
     */
    private static JavaFileObject alone(String name) {
        return input("association/alone/" + name + ".java");
    }

    /** An association class with a table, under {@code association/table/}. */
    private static JavaFileObject table(String name) {
        return input("association/table/" + name + ".java");
    }

    private static JavaFileObject valid(String name) {
        return input("association/valid/" + name + ".java");
    }

    private static JavaFileObject[] packageInputs(String... paths) {
        JavaFileObject[] sources = new JavaFileObject[paths.length];
        for (int i = 0; i < paths.length; i++) {
            sources[i] = input("association/valid/packages/" + paths[i] + ".java");
        }
        return sources;
    }

    /**
     * Compiles with every lint warning on, for Java 8, and asserts that nothing warned, in the inputs
     * or in what relate wrote.
     */
    private static Result compileClean(JavaFileObject... sources) {
        Result result = compile(CLEAN, List.of(sources));
        assertThat(result.compilation()).succeededWithoutWarnings();
        return result;
    }

    /**
     * Asserts that the compilation failed with one error for each end, all with the id and the same
     * message, each on the annotation of its end, and no other error.
     */
    private static void assertOnEachEnd(Result result, String id, JavaFileObject source, List<String> ends,
            String... parts) {
        assertThat(result.compilation()).failed();
        assertThat(result.compilation()).hadErrorCount(ends.size());
        for (String end : ends) {
            assertThat(result.compilation()).hadErrorContaining("[" + id + "]").inFile(source)
                    .onLine(annotationAbove(source, end));
        }
        for (String error : result.errors()) {
            assertThat(error).startsWith("[" + id + "] ");
            for (String part : parts) {
                assertWithMessage("the message of %s", id).that(error).contains(part);
            }
        }
    }

    /** The number of the first line containing {@code text} after the line containing {@code after}. */
    private static long lineAfter(JavaFileObject file, String after, String text) {
        String[] lines;
        try {
            lines = file.getCharContent(true).toString().split("\n", -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean seen = false;
        for (int i = 0; i < lines.length; i++) {
            seen |= lines[i].contains(after);
            if (seen && lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " after " + after + " in " + file.getName());
    }

    /**
     * A generated source file, each run of white space in it made one space, and none after an
     * opening parenthesis: lines wrap where they are long.
     */
    private static String source(Result result, String className) {
        JavaFileObject file = result.compilation().generatedSourceFile(className).orElse(null);
        assertWithMessage("generated %s", className).that(file).isNotNull();
        try {
            return file.getCharContent(true).toString().replaceAll("\\s+", " ").replace("( ", "(");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
