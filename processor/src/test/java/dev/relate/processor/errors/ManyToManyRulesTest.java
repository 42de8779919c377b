package dev.relate.processor.errors;

import dev.relate.processor.RelateClaims;
import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.annotationAbove;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.inSubpackage;
import static dev.relate.processor.errors.ErrorTesting.input;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.relate.processor.RelateProcessor;
import dev.relate.processor.errors.ErrorTesting.Result;
import dev.relate.processor.testing.Wrapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules of many-to-many relationships ({@code @ManyToManyRel}) and of their association tables:
 * the two ends, the table's name and columns, and the ids of the classes it links.
 *
 * <p>The compilations here record every source file relate writes, the table classes as well as
 * the Relations classes: a table class is named after its table ({@code "x_y"} gives
 * {@code XYTable}) and written in the package of its left class.
 */
class ManyToManyRulesTest {
    private static final String PKG = "test.errors.";
    /** A warning: a foreign key of CREATE_SQL that names something SQL does not take is left out. */
    private static final String NO_FOREIGN_KEY = "RelateNoForeignKey";
    /** How every message about a name with characters SQL does not take says to fix it. */
    private static final String NAME_RULE =
            "use only ASCII letters, digits and underscores, starting with a letter or an underscore";
    /** One character more than PostgreSQL keeps of a name. */
    private static final String LONG_NAME = "a".repeat(64);

    // ---------------------------------------------------------------- the field

    @Test
    void manyToManyOnAFieldHoldingOneObject() {
        JavaFileObject source = manyToMany("ErroneousManyToManyScalar");
        Result result = compile(source);
        // reported on the scalar end only; Course.students, which names it, is not blamed as well
        assertError(result, "RelateManyToManyScalar", source, annotationAbove(source, "Course course;"),
                "@ManyToManyRel on ErroneousManyToManyScalar.Student.course needs a collection of the related"
                        + " class, but the field's type is ErroneousManyToManyScalar.Course",
                "make it a List, Set or other collection, or use @ManyToOneRel for a field holding one object");
        result.wroteNothing();
    }

    // ---------------------------------------------------------------- the two ends

    @Test
    void endsNamingDifferentTables() {
        JavaFileObject source = manyToMany("ErroneousSecondaryMismatch");
        Result result = compile(source);
        // once, on the end met first, at its secondary
        assertError(result, "RelateSecondaryMismatch", source, "secondary = \"authorship\"",
                "ErroneousSecondaryMismatch.Author.books names secondary = \"authorship\", but its other end"
                        + " ErroneousSecondaryMismatch.Book.authors names \"book_authors\"",
                "share one association table, so name the same one on both");
        result.wroteNothing();
    }

    @Test
    void endsNamingTablesThatDifferInCase() {
        JavaFileObject source = variant("ErroneousSecondaryMismatchCase");
        Result result = compile(source);
        // one table for SQL, but two generated classes: both ends must write it alike
        assertError(result, "RelateSecondaryMismatch", source, "secondary = \"casting\"",
                "ErroneousSecondaryMismatchCase.Actor.films names secondary = \"casting\", but its other end"
                        + " ErroneousSecondaryMismatchCase.Film.actors names \"Casting\"");
        result.wroteNothing();
    }

    @Test
    void endsNamingDifferentLeftColumns() {
        JavaFileObject source = manyToMany("ErroneousColumnsMismatchLeft");
        Result result = compile(source);
        assertError(result, "RelateColumnsMismatch", source, "leftColumn = \"patient_id\"",
                "ErroneousColumnsMismatchLeft.Doctor.patients names the columns patient_id and doctor_id, but its"
                        + " other end ErroneousColumnsMismatchLeft.Patient.doctors names client_id and doctor_id",
                "give both the same leftColumn and rightColumn",
                // doctors comes before patients
                "(leftColumn holds the ids of ErroneousColumnsMismatchLeft.Patient:"
                        + " ErroneousColumnsMismatchLeft.Patient.doctors is the left end)");
        result.wroteNothing();
    }

    @Test
    void endsNamingDifferentRightColumns() {
        JavaFileObject source = variant("ErroneousColumnsMismatchRight");
        Result result = compile(source);
        assertError(result, "RelateColumnsMismatch", source, "rightColumn = \"player_id\"",
                "ErroneousColumnsMismatchRight.Player.teams names the columns team_id and player_id, but its other"
                        + " end ErroneousColumnsMismatchRight.Team.players names team_id and member_id",
                "(leftColumn holds the ids of ErroneousColumnsMismatchRight.Team:"
                        + " ErroneousColumnsMismatchRight.Team.players is the left end)");
        result.wroteNothing();
    }

    @Test
    void columnsNamedOnOneEndOnly() {
        JavaFileObject source = variant("ErroneousColumnsOnOneEnd");
        Result result = compile(source);
        // the end met first leaves the columns at their defaults: reported on its annotation
        assertError(result, "RelateColumnsMismatch", source,
                "@ManyToManyRel(secondary = \"recipe_ingredient\", backPopulates = \"ingredients\")",
                "ErroneousColumnsOnOneEnd.Ingredient.recipes names the columns left_id and right_id, but its other"
                        + " end ErroneousColumnsOnOneEnd.Recipe.ingredients names recipe_id and ingredient_id");
        result.wroteNothing();
    }

    @Test
    void manyToManyPairedWithOneToMany() {
        JavaFileObject source = manyToMany("ErroneousManyToManyWithOneToMany");
        Result result = compile(source);
        // one mistake between two fields: reported once, on the end met first
        assertError(result, "RelateEndKindMismatch", source, "secondary = \"kind_one_to_many\"",
                "ErroneousManyToManyWithOneToMany.Author.books is a @ManyToManyRel, so its other end must be a"
                        + " @ManyToManyRel, but ErroneousManyToManyWithOneToMany.Book.authors is a @OneToManyRel",
                "and @ManyToManyRel with @ManyToManyRel");
        result.wroteNothing();
    }

    @Test
    void oneToManyPairedWithManyToMany() {
        JavaFileObject source = variant("ErroneousOneToManyWithManyToMany");
        Result result = compile(source);
        assertError(result, "RelateEndKindMismatch", source, "@OneToManyRel(backPopulates = \"authors\")",
                "ErroneousOneToManyWithManyToMany.Author.books is a @OneToManyRel, so its other end must be a"
                        + " @ManyToOneRel, but ErroneousOneToManyWithManyToMany.Book.authors is a @ManyToManyRel");
        result.wroteNothing();
    }

    @Test
    void manyToManyPairedWithManyToOne() {
        JavaFileObject source = variant("ErroneousManyToManyWithManyToOne");
        Result result = compile(source);
        assertError(result, "RelateEndKindMismatch", source, "secondary = \"kind_many_to_one\"",
                "ErroneousManyToManyWithManyToOne.Author.books is a @ManyToManyRel, so its other end must be a"
                        + " @ManyToManyRel, but ErroneousManyToManyWithManyToOne.Book.author is a @ManyToOneRel");
        result.wroteNothing();
    }

    @Test
    void manyToOnePairedWithManyToMany() {
        JavaFileObject source = manyToMany("ErroneousManyToOneWithManyToMany");
        Result result = compile(source);
        assertError(result, "RelateEndKindMismatch", source, "@ManyToOneRel(backPopulates = \"books\")",
                "ErroneousManyToOneWithManyToMany.Book.writer is a @ManyToOneRel, so its other end must be a"
                        + " @OneToManyRel, but ErroneousManyToOneWithManyToMany.Writer.books is a @ManyToManyRel");
        result.wroteNothing();
    }

    @Test
    void otherEndHoldsAnotherClass() {
        JavaFileObject source = variant("ErroneousManyToManyEndTypeMismatch");
        Result result = compile(source);
        assertError(result, "RelateEndTypeMismatch", source, "secondary = \"page_tags\"",
                "backPopulates = \"posts\" names ErroneousManyToManyEndTypeMismatch.Tag.posts, which holds"
                        + " ErroneousManyToManyEndTypeMismatch.Post, but its other end is in"
                        + " ErroneousManyToManyEndTypeMismatch.Page");
        // Post.tags and Tag.posts are a valid pair, with their table; posts comes before tags: Tag is left
        assertThat(result.written()).containsExactly(PKG + "ErroneousManyToManyEndTypeMismatch_PostRelations",
                PKG + "ErroneousManyToManyEndTypeMismatch_TagRelations", PKG + "PostTagsTable");
    }

    @Test
    void backPopulatesNamesAFieldWithoutAnnotation() {
        JavaFileObject source = manyToMany("ErroneousManyToManyOtherEndNotDeclared");
        Result result = compile(source);
        // the annotation to copy onto the other end names the same table and columns
        assertError(result, "RelateOtherEndNotDeclared", source, "secondary = \"not_declared\"",
                "backPopulates = \"posts\" names ErroneousManyToManyOtherEndNotDeclared.Tag.posts, which declares no"
                        + " relationship",
                "annotate it with @ManyToManyRel(secondary = \"not_declared\", backPopulates = \"tags\", leftColumn ="
                        + " \"post_id\", rightColumn = \"tag_id\")",
                "or write backref = \"posts\" here to manage it from this side");
        result.wroteNothing();
    }

    @Test
    void backPopulatesNamesABackrefField() {
        JavaFileObject source = variant("ErroneousManyToManyOtherEndIsBackref");
        Result result = compile(source);
        assertError(result, "RelateOtherEndIsBackref", source, "secondary = \"other_end_backref\"",
                "backPopulates = \"posts\" names ErroneousManyToManyOtherEndIsBackref.Tag.posts, which is marked"
                        + " @Backref",
                "write backref = \"posts\" here, or replace @Backref on it with @ManyToManyRel(secondary ="
                        + " \"other_end_backref\", backPopulates = \"tags\")");
        result.wroteNothing();
    }

    @Test
    void backrefAndBackPopulatesTogether() {
        JavaFileObject source = manyToMany("ErroneousManyToManyBackrefAndBackPopulates");
        Result result = compile(source);
        assertError(result, "RelateBackrefAndBackPopulates", source, "backref = \"posts\"",
                "ErroneousManyToManyBackrefAndBackPopulates.Post.tags gives both backPopulates = \"posts\" and"
                        + " backref = \"posts\"",
                "use backPopulates when the other end declares its own annotation");
        result.wroteNothing();
    }

    // ---------------------------------------------------------------- backref

    @Test
    void backrefTargetHoldsOneObject() {
        JavaFileObject source = manyToMany("ErroneousManyToManyBackrefTargetScalar");
        Result result = compile(source);
        assertError(result, "RelateBackrefTargetType", source, "backref = \"post\"",
                "backref = \"post\" names ErroneousManyToManyBackrefTargetScalar.Tag.post, whose type is"
                        + " ErroneousManyToManyBackrefTargetScalar.Post, but this relationship needs a collection of"
                        + " ErroneousManyToManyBackrefTargetScalar.Post there",
                "change its type");
        result.wroteNothing();
    }

    @Test
    void backrefTargetHoldsAnotherClass() {
        JavaFileObject source = variant("ErroneousManyToManyBackrefTargetOtherClass");
        Result result = compile(source);
        assertError(result, "RelateBackrefTargetType", source, "backref = \"posts\"",
                "backref = \"posts\" names ErroneousManyToManyBackrefTargetOtherClass.Tag.posts, whose type is"
                        + " Set<ErroneousManyToManyBackrefTargetOtherClass.Page>, but this relationship needs a"
                        + " collection of ErroneousManyToManyBackrefTargetOtherClass.Post there");
        result.wroteNothing();
    }

    @Test
    void backrefTargetDeclaresItsOwnRelationship() {
        JavaFileObject source = manyToMany("ErroneousManyToManyBackrefTargetDeclared");
        Result result = compile(source);
        assertError(result, "RelateBackrefTargetDeclared", source, "backref = \"posts\"",
                "backref = \"posts\" names ErroneousManyToManyBackrefTargetDeclared.Tag.posts, which declares its own"
                        + " @ManyToManyRel",
                "write backPopulates = \"posts\" here",
                "remove the annotation from ErroneousManyToManyBackrefTargetDeclared.Tag.posts");
        // the one-way Tag.posts is valid on its own, and so is its table
        assertThat(result.written()).containsExactly(PKG + "ErroneousManyToManyBackrefTargetDeclared_TagRelations",
                PKG + "BackrefDeclaredOneWayTable");
    }

    // ---------------------------------------------------------------- names of tables and columns

    @Test
    void secondaryWithCharactersSqlDoesNotTake() {
        assertBadName("ErroneousSecondaryBadCharacters", "secondary", "post-tags", "it contains '-': " + NAME_RULE);
    }

    /** ü is a letter, but not one SQL takes unquoted everywhere: the rule says ASCII. */
    @Test
    void secondaryWithALetterOutsideAscii() {
        assertBadName("ErroneousSecondaryNotAscii", "secondary", "beiträge_tags", "it contains 'ä': " + NAME_RULE);
    }

    @Test
    void secondaryStartingWithADigit() {
        assertBadName("ErroneousSecondaryStartsWithDigit", "secondary", "2nd_post_tags",
                "it starts with a digit: " + NAME_RULE);
    }

    @Test
    void emptySecondary() {
        assertBadName("ErroneousSecondaryEmpty", "secondary", "", "it is empty: " + NAME_RULE);
    }

    @Test
    void blankSecondary() {
        JavaFileObject source = variant("ErroneousSecondaryBlank");
        Result result = compile(source);
        // relate strips names, as it does every name it reads from an annotation
        assertError(result, "RelateSqlName", source, "secondary = \"   \"",
                "secondary = \"\" is not a name the association table can use in SQL: it is empty");
        result.wroteNothing();
    }

    @Test
    void secondaryTooLong() {
        assertTooLong("ErroneousSecondaryTooLong", "secondary");
    }

    @Test
    void secondaryReservedWord() {
        assertBadName("ErroneousSecondaryReserved", "secondary", "order",
                "it is a reserved word of SQL, so choose another name");
    }

    @Test
    void secondaryReservedWordInUpperCase() {
        assertBadName("ErroneousSecondaryReservedUpperCase", "secondary", "GROUP", "it is a reserved word of SQL");
    }

    @Test
    void leftColumnWithCharactersSqlDoesNotTake() {
        assertBadName("ErroneousLeftColumnBadCharacters", "leftColumn", "post id", "it contains a space: " + NAME_RULE);
    }

    @Test
    void leftColumnStartingWithADigit() {
        assertBadName("ErroneousLeftColumnStartsWithDigit", "leftColumn", "1st_post_id",
                "it starts with a digit: " + NAME_RULE);
    }

    @Test
    void emptyLeftColumn() {
        assertBadName("ErroneousLeftColumnEmpty", "leftColumn", "", "it is empty: " + NAME_RULE);
    }

    @Test
    void leftColumnTooLong() {
        assertTooLong("ErroneousLeftColumnTooLong", "leftColumn");
    }

    @Test
    void leftColumnReservedWord() {
        assertBadName("ErroneousLeftColumnReserved", "leftColumn", "user",
                "it is a reserved word of SQL, so choose another name");
    }

    @Test
    void leftColumnReservedByH2() {
        // H2, on which the table classes are tested, takes no column named year
        assertBadName("ErroneousLeftColumnReservedByH2", "leftColumn", "year",
                "it is a reserved word of SQL, so choose another name");
    }

    @Test
    void rightColumnWithCharactersSqlDoesNotTake() {
        assertBadName("ErroneousRightColumnBadCharacters", "rightColumn", "tag.id", "it contains '.': " + NAME_RULE);
    }

    @Test
    void rightColumnStartingWithADigit() {
        assertBadName("ErroneousRightColumnStartsWithDigit", "rightColumn", "9tag_id",
                "it starts with a digit: " + NAME_RULE);
    }

    @Test
    void emptyRightColumn() {
        assertBadName("ErroneousRightColumnEmpty", "rightColumn", "", "it is empty: " + NAME_RULE);
    }

    @Test
    void rightColumnTooLong() {
        assertTooLong("ErroneousRightColumnTooLong", "rightColumn");
    }

    @Test
    void rightColumnReservedWord() {
        assertBadName("ErroneousRightColumnReserved", "rightColumn", "order",
                "it is a reserved word of SQL, so choose another name");
    }

    @Test
    void everyBadNameOfADeclarationIsReported() {
        JavaFileObject source = manyToMany("ErroneousSqlNameTwice");
        Result result = compile(source);
        Compilation compilation = result.compilation();
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[RelateSqlName] secondary = \"select\" is not a name")
                .inFile(source).onLineContaining("secondary = \"select\"");
        assertThat(compilation).hadErrorContaining("[RelateSqlName] leftColumn = \"post-id\" is not a name")
                .inFile(source).onLineContaining("leftColumn = \"post-id\"");
        assertThat(compilation).hadErrorContaining("[RelateSqlName] rightColumn = \"tag id\" is not a name")
                .inFile(source).onLineContaining("rightColumn = \"tag id\"");
        result.wroteNothing();
    }

    @Test
    void sameColumnForBothEnds() {
        JavaFileObject source = manyToMany("ErroneousSameColumns");
        Result result = compile(source);
        assertError(result, "RelateSameColumns", source, "rightColumn = \"item_id\"",
                "leftColumn = \"item_id\" and rightColumn = \"item_id\" of ErroneousSameColumns.Post.tags name one"
                        + " column: the association table needs a column for each end, so give them different names");
        result.wroteNothing();
    }

    @Test
    void columnsDifferingOnlyInCase() {
        JavaFileObject source = variant("ErroneousSameColumnsCase");
        Result result = compile(source);
        assertError(result, "RelateSameColumns", source, "rightColumn = \"item_id\"",
                "leftColumn = \"Item_ID\" and rightColumn = \"item_id\" of ErroneousSameColumnsCase.Post.tags name one"
                        + " column (SQL does not tell upper from lower case in names)",
                "give them different names");
        result.wroteNothing();
    }

    @Test
    void leftColumnNamedLikeTheDefaultRightColumn() {
        JavaFileObject source = variant("ErroneousSameColumnsDefault");
        Result result = compile(source);
        // rightColumn is not written: reported on the annotation
        assertError(result, "RelateSameColumns", source, "@ManyToManyRel(secondary = \"same_columns_default\"",
                "leftColumn = \"right_id\" and rightColumn = \"right_id\" of ErroneousSameColumnsDefault.Post.tags"
                        + " name one column");
        result.wroteNothing();
    }

    // ---------------------------------------------------------------- one table per relationship

    @Test
    void twoRelationshipsNamingOneTable() {
        JavaFileObject source = manyToMany("ErroneousTableShared");
        Result result = compile(source);
        assertError(result, "RelateTableShared", source, annotationAbove(source, "Set<Label> postLabels;"),
                "ErroneousTableShared.Post.postLabels names the association table \"shared_tags\", which"
                        + " ErroneousTableShared.Page.labels already uses for another relationship",
                "each many-to-many needs a table of its own, so name another one");
        // the relationship met first keeps the table; Post, with the error, gets nothing
        assertThat(result.written()).containsExactly(PKG + "ErroneousTableShared_PageRelations",
                PKG + "SharedTagsTable");
    }

    @Test
    void twoRelationshipsNamingOneTableInDifferentCase() {
        JavaFileObject source = manyToMany("ErroneousTableSharedCase");
        Result result = compile(source);
        // SQL does not tell case_tags from Case_Tags
        assertError(result, "RelateTableShared", source, "secondary = \"Case_Tags\"",
                "ErroneousTableSharedCase.Post.labels names the association table \"Case_Tags\", which"
                        + " ErroneousTableSharedCase.Page.labels already uses for another relationship");
        assertThat(result.written()).containsExactly(PKG + "ErroneousTableSharedCase_PageRelations",
                PKG + "CaseTagsTable");
    }

    @Test
    void twoRelationshipsNamingOneTableFromClassesOfOneNameInTwoPackages() {
        JavaFileObject parent = manyToMany("packages/shared/Parent");
        JavaFileObject first = inSubpackage(parent, "a");
        JavaFileObject second = inSubpackage(parent, "b");
        Result result = compile(first, second);
        // both are Parent.tags: the message tells them apart by package
        assertError(result, "RelateTableShared", second, "secondary = \"parent_tags\"",
                "test.errors.shared.b.Parent.tags names the association table \"parent_tags\", which"
                        + " test.errors.shared.a.Parent.tags already uses for another relationship");
        assertThat(result.written()).containsExactly("test.errors.shared.a.ParentRelations",
                "test.errors.shared.a.ParentTagsTable");
    }

    @Test
    void oneWayRelationshipNamingTheTableOfAPair() {
        JavaFileObject source = variant("ErroneousTableSharedByPair");
        Result result = compile(source);
        // the two ends of the pair share their table; a third declaration naming it is the error
        assertError(result, "RelateTableShared", source, annotationAbove(source, "Set<Student> alumni;"),
                "ErroneousTableSharedByPair.Course.alumni names the association table \"pair_enrollment\", which"
                        + " ErroneousTableSharedByPair.Course.students already uses for another relationship");
        // Course has the error: neither its helpers nor the table of its pair (whose left class it is)
        assertThat(result.written()).containsExactly(PKG + "ErroneousTableSharedByPair_StudentRelations");
    }

    @Test
    void tablesWhoseClassesWouldBeNamedAlike() {
        JavaFileObject source = manyToMany("ErroneousTableClassClash");
        Result result = compile(source);
        assertError(result, "RelateTableClassClash", source, "secondary = \"labelLinks\"",
                "ErroneousTableClassClash.Task.labels names the association table \"labelLinks\", whose generated"
                        + " class test.errors.LabelLinksTable is also the class of the table \"label_links\" of"
                        + " ErroneousTableClassClash.Note.labels",
                "give the two tables names that differ in more than underscores and case");
        assertThat(result.written()).containsExactly(PKG + "ErroneousTableClassClash_NoteRelations",
                PKG + "LabelLinksTable");
    }

    // ---------------------------------------------------------------- ids

    @Test
    void leftClassWithoutId() {
        JavaFileObject source = manyToMany("ErroneousNoIdLeft");
        Result result = compile(source);
        assertError(result, "RelateNoId", source, "secondary = \"no_id_left\"",
                "ErroneousNoIdLeft.Post has no id that the association table \"no_id_left\" can store",
                "add a field or getter named id, or mark the id field or getter with an annotation named Id",
                "or, if the relationship needs no table, name no secondary: it is then kept in memory only, and"
                        + " needs no id");
        result.wroteNothing();
    }

    @Test
    void rightClassWithoutId() {
        JavaFileObject source = manyToMany("ErroneousNoIdRight");
        Result result = compile(source);
        assertError(result, "RelateNoId", source, "secondary = \"no_id_right\"",
                "ErroneousNoIdRight.Tag has no id that the association table \"no_id_right\" can store",
                "add a field or getter named id");
        result.wroteNothing();
    }

    @Test
    void otherEndOfAPairWithoutId() {
        JavaFileObject source = variant("ErroneousNoIdBackPopulates");
        Result result = compile(source);
        // reported once, on the end met first; the relationship gets no helpers on either side
        assertError(result, "RelateNoId", source, "backPopulates = \"events\"",
                "ErroneousNoIdBackPopulates.Guest has no id that the association table \"attendance\" can store");
        result.wroteNothing();
    }

    @Test
    void staticIdIsNoId() {
        JavaFileObject source = variant("ErroneousNoIdStatic");
        Result result = compile(source);
        assertError(result, "RelateNoId", source, "secondary = \"static_id\"",
                "ErroneousNoIdStatic.Tag has no id that the association table \"static_id\" can store");
        result.wroteNothing();
    }

    @Test
    void privateIdWithPrivateGetter() {
        JavaFileObject source = manyToMany("ErroneousNoIdPrivateGetter");
        Result result = compile(source);
        assertError(result, "RelateNoId", source, "secondary = \"private_getter\"",
                "ErroneousNoIdPrivateGetter.Tag has no id that the association table \"private_getter\" can store:"
                        + " its id field id is not visible from package test.errors, where PrivateGetterTable is"
                        + " generated, and neither is its getter getId()",
                "make the field visible there (package-private or public), or the getter");
        result.wroteNothing();
    }

    @Test
    void privateIdWithoutGetter() {
        JavaFileObject source = variant("ErroneousNoIdPrivateField");
        Result result = compile(source);
        assertError(result, "RelateNoId", source, "secondary = \"private_field\"",
                "ErroneousNoIdPrivateField.Tag has no id that the association table \"private_field\" can store:"
                        + " its id field id is not visible from package test.errors",
                "it has no getter getId()", "or add a getter getId() visible there");
        result.wroteNothing();
    }

    @Test
    void packagePrivateIdInAnotherPackage() {
        JavaFileObject post = manyToMany("packages/a/ErroneousIdInOtherPackage");
        JavaFileObject topic = manyToMany("packages/b/Topic");
        Result result = compile(post, topic);
        // the table class is written in the left class's package, test.errors.a
        assertError(result, "RelateNoId", post, "secondary = \"other_package\"",
                "Topic has no id that the association table \"other_package\" can store: its id field id is not"
                        + " visible from package test.errors.a, where OtherPackageTable is generated",
                "make the field visible there (public)");
        result.wroteNothing();
    }

    @Test
    void privateGetterMarkedId() {
        JavaFileObject source = variant("ErroneousNoIdPrivateAnnotatedGetter");
        Result result = compile(source);
        assertError(result, "RelateNoId", source, "secondary = \"annotated_getter\"",
                "ErroneousNoIdPrivateAnnotatedGetter.Tag has no id that the association table \"annotated_getter\""
                        + " can store: its id getter getCode() is not visible from package test.errors, where"
                        + " AnnotatedGetterTable is generated: make it visible there (package-private or public)");
        result.wroteNothing();
    }

    @Test
    void doubleId() {
        JavaFileObject source = manyToMany("ErroneousUnsupportedIdDouble");
        Result result = compile(source);
        assertError(result, "RelateUnsupportedId", source, "secondary = \"double_id\"",
                "the id field id of ErroneousUnsupportedIdDouble.Tag has type double, which the association table"
                        + " \"double_id\" cannot store",
                "use int, long, Integer, Long, String or UUID");
        result.wroteNothing();
    }

    @Test
    void dateIdReadThroughAGetter() {
        JavaFileObject source = variant("ErroneousUnsupportedIdDate");
        Result result = compile(source);
        assertError(result, "RelateUnsupportedId", source, "secondary = \"date_id\"",
                "the id getter getId() of ErroneousUnsupportedIdDate.Post has type Date, which the association"
                        + " table \"date_id\" cannot store");
        result.wroteNothing();
    }

    // ---------------------------------------------------------------- valid declarations

    @Test
    void selfReferentialManyToMany() {
        Result result = compileClean(List.of(), valid("SelfReferentialManyToMany"));
        assertThat(result.written()).containsExactly(
                "test.valid.manytomany.SelfReferentialManyToMany_PersonRelations",
                "test.valid.manytomany.SelfReferentialManyToMany_PageRelations",
                "test.valid.manytomany.SelfReferentialManyToMany_NodeRelations",
                "test.valid.manytomany.FollowLinksTable", "test.valid.manytomany.PageLinksTable",
                "test.valid.manytomany.NodeEdgesTable");
        String followLinks = source(result, "test.valid.manytomany.FollowLinksTable");
        assertThat(followLinks).contains("CREATE TABLE follow_links (");
        assertThat(followLinks).contains("follower_id BIGINT NOT NULL");
    }

    @Test
    void oneWayManyToMany() {
        Result result = compileClean(List.of(), valid("OneWayManyToMany"));
        // the right class of a one-way relationship gets no helpers, but the table is written all the same
        assertThat(result.written()).containsExactly("test.valid.manytomany.OneWayManyToMany_PlaylistRelations",
                "test.valid.manytomany.PlaylistSongTable");
        assertThat(source(result, "test.valid.manytomany.PlaylistSongTable")).contains("return song.getId();");
    }

    @Test
    void withoutATableNoIdAndNoTableClass() {
        Result result = compileClean(List.of(), valid("InMemoryManyToMany"));
        // no secondary (back-populated and backref): helpers only, between classes without an id;
        // one end naming a table asks for it, and only that pair gets a table class
        assertThat(result.written()).containsExactly("test.valid.manytomany.InMemoryManyToMany_MusicianRelations",
                "test.valid.manytomany.InMemoryManyToMany_BandRelations",
                "test.valid.manytomany.InMemoryManyToMany_AlbumRelations",
                "test.valid.manytomany.InMemoryManyToMany_VenueRelations",
                "test.valid.manytomany.InMemoryManyToMany_TourRelations", "test.valid.manytomany.VenueTourTable");
        assertThat(source(result, "test.valid.manytomany.InMemoryManyToMany_MusicianRelations"))
                .doesNotContain("Table");
    }

    @Test
    void endsOfEveryCollectionKind() {
        Result result = compileClean(List.of(), valid("CollectionKindsManyToMany"));
        assertThat(result.written()).containsExactly(
                "test.valid.manytomany.CollectionKindsManyToMany_StudentRelations",
                "test.valid.manytomany.CollectionKindsManyToMany_CourseRelations",
                "test.valid.manytomany.CollectionKindsManyToMany_ClubRelations",
                "test.valid.manytomany.CollectionKindsManyToMany_SportRelations",
                "test.valid.manytomany.StudentCourseTable", "test.valid.manytomany.StudentClubTable",
                "test.valid.manytomany.StudentSportTable");
    }

    @Test
    void idsFoundByConvention() {
        Result result = compileClean(List.of(), valid("ConventionalIds"));
        assertThat(result.written()).containsExactly("test.valid.manytomany.ConventionalIds_AuthorRelations",
                "test.valid.manytomany.ConventionalIds_BookRelations",
                "test.valid.manytomany.ConventionalIds_ShelfRelations", "test.valid.manytomany.AuthorBookTable",
                "test.valid.manytomany.ShelfBookTable");
        // an inherited field id, a private field read through getId(), a getter getId() alone
        String authorBook = source(result, "test.valid.manytomany.AuthorBookTable");
        assertThat(authorBook).contains("return author.id;");
        assertThat(authorBook).contains("return book.getId();");
        assertThat(authorBook).contains("BIGINT NOT NULL");
        assertThat(authorBook).contains("UUID NOT NULL");
        assertThat(source(result, "test.valid.manytomany.ShelfBookTable")).contains("return shelf.getId();");
    }

    @Test
    void idsMarkedWithAnAnnotationNamedId() {
        // the inputs declare their own @Id, @Table and @Column, which no processor claims; JPA's @Table names tables
        JavaFileObject annotatedIds = valid("AnnotatedIds");
        Result result = compile(List.of("-Xlint:all", "-Xlint:-processing"), annotatedIds, valid("Id"),
                valid("Table"), valid("Column"));
        assertThat(result.compilation()).succeeded();
        // the foreign key a name would have to be quoted in is left out, and said so
        assertThat(result.compilation()).hadWarningCount(1);
        assertThat(result.compilation()).hadWarningContaining("[" + NO_FOREIGN_KEY + "] AnnotatedIds.Event: the id's"
                + " column = \"key\" is not a name the association table can use in SQL").inFile(annotatedIds)
                .onLineContaining("public static class Event");
        assertThat(result.written()).containsExactly("test.valid.manytomany.AnnotatedIds_CustomerRelations",
                "test.valid.manytomany.AnnotatedIds_ProductRelations",
                "test.valid.manytomany.AnnotatedIds_WarehouseRelations",
                "test.valid.manytomany.AnnotatedIds_ShopRelations",
                "test.valid.manytomany.AnnotatedIds_SupplierRelations",
                "test.valid.manytomany.AnnotatedIds_EventRelations",
                "test.valid.manytomany.CustomerProductTable", "test.valid.manytomany.WarehouseProductTable",
                "test.valid.manytomany.ShopCustomerTable", "test.valid.manytomany.SupplierProductTable",
                "test.valid.manytomany.EventProductTable");
        // a String field of another name, with @Column and JPA's @Table(name): the foreign key references them
        String customerProduct = source(result, "test.valid.manytomany.CustomerProductTable");
        assertThat(customerProduct).contains("return customer.code;");
        assertThat(customerProduct).contains("return product.getKey();");
        assertThat(customerProduct).contains("REFERENCES customers (customer_no)");
        // the field marked @Id is the id, not the field named id; @Table without a name gives no foreign key
        String warehouseProduct = source(result, "test.valid.manytomany.WarehouseProductTable");
        assertThat(warehouseProduct).contains("return warehouse.number;");
        assertThat(warehouseProduct).contains("INTEGER NOT NULL");
        assertThat(warehouseProduct).doesNotContain("REFERENCES");
        String shopCustomer = source(result, "test.valid.manytomany.ShopCustomerTable");
        assertThat(shopCustomer).contains("shop_id BIGINT NOT NULL");
        // a @Table that is not JPA's names no table: no foreign key to "shops", the customer's is JPA's
        assertThat(shopCustomer).doesNotContain("REFERENCES shops");
        assertThat(shopCustomer).contains("REFERENCES customers (customer_no)");
        // a private field marked @Id is read through its getter
        assertThat(source(result, "test.valid.manytomany.SupplierProductTable")).contains("return supplier.getKey();");
        // an id column named like a reserved word gives no foreign key, which would have to name it
        String eventProduct = source(result, "test.valid.manytomany.EventProductTable");
        assertThat(eventProduct).contains("return event.eventKey;");
        assertThat(eventProduct).doesNotContain("REFERENCES");
    }

    @Test
    void idsDeclaredByAGenericSuperclass() {
        Result result = compileClean(List.of(), valid("GenericSuperclassIds"));
        assertThat(result.written()).containsExactly("test.valid.manytomany.GenericSuperclassIds_ArticleRelations",
                "test.valid.manytomany.GenericSuperclassIds_KeywordRelations",
                "test.valid.manytomany.ArticleKeywordTable");
        // Persistable<Long>.id is a Long, Named<String>.getId() a String
        String articleKeyword = source(result, "test.valid.manytomany.ArticleKeywordTable");
        assertThat(articleKeyword).contains("left_id VARCHAR(255) NOT NULL");
        assertThat(articleKeyword).contains("right_id BIGINT NOT NULL");
        assertThat(articleKeyword).contains("return keyword.getId();");
        assertThat(articleKeyword).contains("return article.id;");
    }

    @Test
    void allValidManyToManyInputsTogether() {
        Result result = compile(List.of("-Xlint:all", "-Xlint:-processing"), valid("SelfReferentialManyToMany"),
                valid("OneWayManyToMany"), valid("CollectionKindsManyToMany"), valid("ConventionalIds"),
                valid("AnnotatedIds"), valid("GenericSuperclassIds"), valid("Id"), valid("Table"), valid("Column"));
        assertThat(result.compilation()).succeeded();
        // the one warning: AnnotatedIds.Event's id column, a reserved word, gets no foreign key
        assertThat(result.compilation()).hadWarningCount(1);
        assertThat(result.compilation()).hadWarningContaining("[" + NO_FOREIGN_KEY + "] AnnotatedIds.Event");
        assertThat(result.written()).hasSize(6 + 2 + 7 + 5 + 11 + 3);
    }

    // ---------------------------------------------------------------- helpers

    private static JavaFileObject manyToMany(String name) {
        return input("manytomany/" + name + ".java");
    }

    /**
     * A variant of an error under {@code manytomany/variants/}: not compiled with every other erroneous
     * input by {@link ErrorReportingTest}, because javac reports at most 100 errors in one compilation.
     */
    private static JavaFileObject variant(String name) {
        return input("manytomany/variants/" + name + ".java");
    }

    private static JavaFileObject valid(String name) {
        return input("manytomany/valid/" + name + ".java");
    }

    /** Asserts the one error about a name of the table or a column, on its value, and that nothing was written. */
    private static void assertBadName(String file, String attribute, String name, String problem) {
        JavaFileObject source = variant(file);
        Result result = compile(source);
        String value = attribute + " = \"" + name + "\"";
        assertError(result, "RelateSqlName", source, value,
                value + " is not a name the association table can use in SQL: " + problem);
        result.wroteNothing();
    }

    /** Asserts the one error about a name longer than PostgreSQL keeps, on its value, and that nothing was written. */
    private static void assertTooLong(String file, String attribute) {
        JavaFileObject source = variant(file);
        Result result = compile(source);
        String value = attribute + " = \"" + LONG_NAME + "\"";
        assertError(result, "RelateNameTooLong", source, value,
                value + " has 64 characters, but PostgreSQL keeps only the first 63 of a name, so names that differ"
                        + " only after that would name one table or column: use a shorter name");
        result.wroteNothing();
    }

    private static Result compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    /** Compiles with every lint warning on, and asserts that nothing warned, in the inputs or in what relate wrote. */
    private static Result compileClean(List<String> options, JavaFileObject... sources) {
        List<String> all = new ArrayList<>(List.of("-Xlint:all"));
        all.addAll(options);
        Result result = compile(all, sources);
        assertThat(result.compilation()).succeededWithoutWarnings();
        return result;
    }

    /**
     * Compiles with relate, recording every source file it writes; checks that relate did not crash.
     * The recording environment keeps javac's own in a field, as build tools' wrappers do, where
     * relate finds javac's tree API.
     */
    private static Result compile(List<String> options, JavaFileObject... sources) {
        List<String> created = new ArrayList<>();
        Compilation compilation = Compiler.javac().withOptions(options)
                .withProcessors(Wrapping.inside(new RelateProcessor(), javac -> new Wrapping.Recording(javac, created)), new RelateClaims())
                .compile(sources);
        ErrorTesting.assertNoCrash(compilation);
        List<String> written = new ArrayList<>();
        for (String file : created) {
            written.add(file.substring(0, file.indexOf(' '))); // the name, without its originating elements
        }
        return new Result(compilation, List.copyOf(written));
    }

    private static String source(Result result, String className) {
        JavaFileObject file = result.compilation().generatedSourceFile(className).orElse(null);
        assertWithMessage("generated %s", className).that(file).isNotNull();
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
