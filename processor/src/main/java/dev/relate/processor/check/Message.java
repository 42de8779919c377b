package dev.relate.processor.check;

/**
 * Every message the processor reports, each with a stable id that users can search for and that
 * docs/errors.md explains. A message says what is wrong and how to fix it.
 */
public enum Message {
    STATIC_FIELD("RelateStaticField",
            "%s is static, but a relationship end belongs to each object: %s"),
    HELPER_NAME_CLASH("RelateHelperNameClash",
            "%s and %s differ only in the case of their first letter, so the helpers of both would be named"
                    + " after %s: rename one of them"),
    CONFLICTING_ANNOTATIONS("RelateConflictingAnnotations",
            "%s carries both %s and %s, but a field is one end of one relationship: keep only the one that"
                    + " describes this end"),
    NOT_A_COLLECTION("RelateNotACollection",
            "@OneToManyRel on %s needs a collection of the related class, but the field's type is %s: make it a"
                    + " List, Set or other collection, or declare uselist = false for a one-to-one end"),
    USELIST_CONTRADICTS("RelateUselistContradicts",
            "%s is a collection, but uselist = false declares a one-to-one end holding a single object:"
                    + " remove uselist = false, or make the field hold one %s"),
    MANY_TO_ONE_COLLECTION("RelateManyToOneCollection",
            "@ManyToOneRel on %s needs a field holding one object, but the field's type is %s: use @OneToManyRel"
                    + " for the collection end"),
    MANY_TO_MANY_SCALAR("RelateManyToManyScalar",
            "@ManyToManyRel on %s needs a collection of the related class, but the field's type is %s: make it a"
                    + " List, Set or other collection, or use @ManyToOneRel for a field holding one object"),
    SECONDARY_MISMATCH("RelateSecondaryMismatch",
            "%s names secondary = \"%s\", but its other end %s names \"%s\": the two ends of a many-to-many"
                    + " share one association table, so name the same one on both"),
    COLUMNS_MISMATCH("RelateColumnsMismatch",
            "%s names the columns %s and %s, but its other end %s names %s and %s: the two ends share one"
                    + " association table, so give both the same leftColumn and rightColumn (leftColumn holds the"
                    + " ids of %s: %s is the left end)"),
    FINAL_SCALAR("RelateFinalScalar",
            "%s is final, but relate assigns a scalar end when the relationship changes: %s"),
    ENUM_END("RelateEnumEnd",
            "%s is a field of the enum %s, whose constants are shared by the whole program, and so would be every"
                    + " link on them: hold relationship ends in classes, and refer to the enum's constants from plain"
                    + " fields"),
    RECORD_COLLECTION("RelateRecordCollection",
            "%s is a component of the record %s, but a record is a value whose equals and hashCode read its"
                    + " components, so links would change it while collections hold it: make %s a class"),
    NOT_A_CLASS("RelateNotAClass",
            "%s has type %s, but a relationship end holds objects of a class, or a collection of them:"
                    + " use the related class as the type"),
    TYPE_VARIABLE("RelateTypeVariable",
            "%s has type %s, which involves a type variable, but relate needs the related class itself:"
                    + " use the class as the type"),
    RAW_COLLECTION("RelateRawCollection",
            "%s has the raw type %s: give the element type, as in List<Child>"),
    WILDCARD_COLLECTION("RelateWildcardCollection",
            "%s has type %s, but relate adds to the collection, so its element type must be the related class"
                    + " itself: remove the wildcard"),
    UNSUPPORTED_COLLECTION("RelateUnsupportedCollection",
            "%s has type %s, but a collection end must be a Collection, List, Set, SortedSet or NavigableSet,"
                    + " or a class that implements List or Set: change the field's type"),
    GENERIC_TARGET("RelateGenericTarget",
            "%s has type %s, but relate does not relate classes that have type parameters: relate a class"
                    + " without them"),
    GENERIC_OWNER("RelateGenericOwner",
            "%s %s, but relate does not support relationship ends in generic classes: %s"),
    OWNER_NOT_NAMED("RelateClassNotAccessible",
            "%s is %s, so the generated helpers cannot refer to it: make it a top-level or member class that"
                    + " is not private"),
    BACKREF_AND_BACK_POPULATES("RelateBackrefAndBackPopulates",
            "%s gives both backPopulates = \"%s\" and backref = \"%s\": use backPopulates when the other end"
                    + " declares its own annotation, or backref when this declaration manages both ends"),
    SELF_INVERSE("RelateSelfInverse",
            "%s = \"%s\" names the annotated field itself: name the field of %s that points back"),
    MISSING_FIELD("RelateMissingField",
            "%s = \"%s\" names no field of %s: name the field that is the other end%s"),
    OTHER_END_STATIC("RelateOtherEndStatic",
            "%s = \"%s\" names %s, which is static: name an instance field, or remove static from it"),
    OTHER_END_IN_INTERFACE("RelateOtherEndInInterface",
            "%s = \"%s\" names %s, but %s is an interface, whose fields are always static, and a relationship"
                    + " end belongs to each object: relate a class that has the other end as an instance field"),
    OTHER_END_NOT_DECLARED("RelateOtherEndNotDeclared",
            "backPopulates = \"%s\" names %s, which declares no relationship: annotate it with %s, or write"
                    + " backref = \"%s\" here to manage it from this side"),
    OTHER_END_IS_BACKREF("RelateOtherEndIsBackref",
            "backPopulates = \"%s\" names %s, which is marked @Backref: write backref = \"%s\" here, or replace"
                    + " @Backref on it with %s"),
    END_KIND_MISMATCH("RelateEndKindMismatch",
            "%s is a %s, so its other end must be a %s, but %s is a %s: pair @OneToManyRel (the collection, or"
                    + " uselist = false) with @ManyToOneRel (the single object), and @ManyToManyRel with"
                    + " @ManyToManyRel"),
    ENDS_DISAGREE("RelateEndsDisagree",
            "%s names %s as its other end, but %s %s: make the two ends name each other with backPopulates"),
    END_TYPE_MISMATCH("RelateEndTypeMismatch",
            "%s = \"%s\" names %s, which holds %s, but its other end is in %s: name a field that holds %s, or"
                    + " change the type of %s"),
    BACKREF_TARGET_DECLARED("RelateBackrefTargetDeclared",
            "backref = \"%s\" names %s, which declares its own %s: write backPopulates = \"%s\" here, or remove"
                    + " the annotation from %s so that this declaration manages it"),
    BACKREF_TARGET_TYPE("RelateBackrefTargetType",
            "backref = \"%s\" names %s, whose type is %s, but this relationship needs %s there: change its type"),
    BACKREF_TWICE("RelateBackrefTwice",
            "backref = \"%s\" names %s, which the backref of %s already manages: a field is the other end of"
                    + " one relationship, so name another field"),
    ORPHAN_BACKREF("RelateOrphanBackref",
            "%s is marked @Backref, but no backref declaration in %s names it: add backref = \"%s\" to the"
                    + " relationship it mirrors, or remove @Backref"),
    NO_ACCESSORS("RelatePrivateField",
            "%s is not visible to the generated helpers in %s, and its class has no %s visible there: make the"
                    + " field visible there (%s), or add the %s"),
    GETTER_TYPE("RelateGetterType",
            "%s is not visible to the generated helpers in %s, and its getter %s() returns %s, not the field's type"
                    + " %s: make the getter return %s, or make the field visible there (%s)"),
    SETTER_TYPE("RelateSetterType",
            "%s is not visible to the generated helpers in %s, and its setter %s() takes %s, not the field's type"
                    + " %s: make the setter take %s, or make the field visible there (%s)"),
    CLASS_NOT_VISIBLE("RelateClassNotVisible",
            "%s is not visible from package %s, where %s is generated: make it public, or move the two classes"
                    + " into one package"),
    NOT_IN_BUILD("RelateNotInBuild",
            "%s is not compiled in this build, so relate cannot write %s for it: compile %s in the same build as"
                    + " %s"),
    SQL_NAME("RelateSqlName",
            "%s = \"%s\" is not a name the association table can use in SQL: %s"),
    NAME_TOO_LONG("RelateNameTooLong",
            "%s = \"%s\" has %s characters, but PostgreSQL keeps only the first %s of a name, so names that"
                    + " differ only after that would name one table or column: use a shorter name"),
    SAME_COLUMNS("RelateSameColumns",
            "leftColumn = \"%s\" and rightColumn = \"%s\" of %s name one column%s: the association table needs"
                    + " a column for each end, so give them different names"),
    TABLE_SHARED("RelateTableShared",
            "%s names the association table \"%s\", which %s already uses for another relationship: each"
                    + " many-to-many needs a table of its own, so name another one"),
    TABLE_CLASS_CLASH("RelateTableClassClash",
            "%s names the association table \"%s\", whose generated class %s is also the class of the table"
                    + " \"%s\" of %s: give the two tables names that differ in more than underscores and case"),
    NO_ID("RelateNoId",
            "%s has no id that the association table \"%s\" can store: %s"),
    UNSUPPORTED_ID("RelateUnsupportedId",
            "the id %s of %s has type %s, which the association table \"%s\" cannot store: use int, long,"
                    + " Integer, Long, String or UUID"),
    ASSOCIATION_ENDS("RelateAssociationEnds",
            "@AssociationObject %s has %s: an association object links a left and a right object, so give it"
                    + " exactly two @ManyToOneRel fields, one for each"),
    ASSOCIATION_SIDE("RelateAssociationSide",
            "%s = \"%s\" names no @ManyToOneRel field of %s: name one of its two ends (%s)"),
    ASSOCIATION_SAME_END("RelateAssociationSameEnd",
            "left = \"%s\" and right = \"%s\" name the same end of %s, but the left and the right are its two"
                    + " ends: name one each, as in @AssociationObject(left = \"%s\", right = \"%s\")"),
    ASSOCIATION_SIDES_UNSAID("RelateAssociationSidesUnsaid",
            "both ends of @AssociationObject %s hold %s, so relate cannot tell the left from the right: write"
                    + " @AssociationObject(left = \"%s\", right = \"%s\") or the other way round"),
    ASSOCIATION_END_ELSEWHERE("RelateAssociationEndElsewhere",
            "@AssociationObject %s inherits the end %s, but its other end %s is a collection of %s: give %s ends"
                    + " of its own, each naming a collection of %s"),
    ASSOCIATION_END_ONE_WAY("RelateAssociationEndOneWay",
            "%s is an end of @AssociationObject %s, so its other end must be a collection of %s in %s, but it"
                    + " names none: name that collection with backPopulates (it declares @OneToManyRel(backPopulates"
                    + " = \"%s\")), or with backref to let this declaration manage a plain field"),
    ASSOCIATION_END_SCALAR("RelateAssociationEndScalar",
            "%s is an end of @AssociationObject %s, but its other end %s holds a single object: make %s a List"
                    + " or Set of %s%s, since a left or right object can have many associations"),
    ASSOCIATION_NOT_CREATABLE("RelateAssociationNotCreatable",
            "%s has no constructor without parameters that relate can call, but loading rows of the table \"%s\""
                    + " creates its objects: add one (it may be package-private), or remove table"),
    ASSOCIATION_ABSTRACT("RelateAssociationAbstract",
            "%s is abstract, so relate cannot create its objects, but loading rows of the table \"%s\" creates"
                    + " them: make it a class that is not abstract, with a constructor without parameters, or remove"
                    + " table"),
    ASSOCIATION_INNER("RelateAssociationInner",
            "%s is an inner class, whose objects need an object of the class around it, so relate cannot create"
                    + " them, but loading rows of the table \"%s\" does: make it static, or remove table"),
    UNSUPPORTED_COLUMN("RelateUnsupportedColumn",
            "%s has type %s, which the table \"%s\" cannot store as a column: use a primitive, its wrapper,"
                    + " String, BigDecimal, UUID, LocalDate, LocalTime, LocalDateTime or OffsetDateTime, or mark the"
                    + " field transient to leave it out of the table"),
    COLUMN_TWICE("RelateColumnTwice",
            "%s would be stored in the column \"%s\" of the table \"%s\", which another column already has:"
                    + " rename the field, or give it another name with @Column(name = ...)"),
    COLUMN_PRECISION("RelateColumnPrecision",
            "%s declares precision = %s and scale = %s for its column in the table \"%s\", which no database"
                    + " takes: give a precision from 1 to %s and a scale from 0 to the precision (0 for both keeps"
                    + " the default NUMERIC(38, 10))"),
    COLUMN_NOT_WRITABLE("RelateColumnNotWritable",
            "%s is stored in the table \"%s\", and loading rows writes it, but relate cannot: %s, or mark it"
                    + " transient to leave it out of the table"),
    GENERATED_METHOD_CLASH("RelateGeneratedMethodClash",
            "%s would get the helper %s.%s, which relate already writes there for %s: a class cannot declare two"
                    + " methods with one name and the same parameters, so rename %s"),
    GENERATED_CLASS_CLASH("RelateGeneratedClassClash",
            "the helpers of %s would be the class %s, which relate already writes for %s: relate names the helpers"
                    + " of a nested class after its enclosing classes joined by underscores, so rename one of the"
                    + " two classes"),
    CANNOT_WRITE("RelateCannotWrite",
            "relate could not write %s (%s): if another class has that name, rename the other class"),
    UNEXPECTED("RelateUnexpected",
            "relate failed unexpectedly on %s (%s). This is a bug in relate; please report it with this message"
                    + " and the declaration");

    private final String id;
    private final String template;

    Message(String id, String template) {
        this.id = id;
        this.template = template;
    }

    /** The stable id, {@code RelateMissingField}. */
    public String id() {
        return id;
    }

    /** The message with its id in front: {@code [RelateMissingField] ...}. */
    public String format(Object... args) {
        return "[" + id + "] " + String.format(template, args);
    }
}
