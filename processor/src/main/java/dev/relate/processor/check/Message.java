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
                    + " List, Set or other collection, or declare a one-to-one end with uselist = false or with"
                    + " @OneToOneRel"),
    USELIST_CONTRADICTS("RelateUselistContradicts",
            "%s is a collection, but uselist = false declares a one-to-one end holding a single object:"
                    + " remove uselist = false, or make the field hold one %s"),
    ONE_TO_ONE_COLLECTION("RelateOneToOneCollection",
            "@OneToOneRel on %s declares a one-to-one end holding a single object, but the field's type is %s:"
                    + " make the field hold one %s, or declare a collection end with @OneToManyRel"),
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
    COLUMNS_BOTH_WAYS("RelateColumnsBothWays",
            "%s names its association table's columns by position (leftColumn, rightColumn) and per end"
                    + " (joinColumn, inverseJoinColumn), which can be read two ways: name them one way only, best per"
                    + " end (joinColumn holds the ids of %s, inverseJoinColumn those of %s)"),
    JPA_DISAGREES("RelateJpaDisagrees",
            "%s: relate's %s says %s, but its JPA mapping %s says %s: relate reads both, so make them say the same,"
                    + " or remove %s and let relate read the JPA mapping alone"),
    FINAL_SCALAR("RelateFinalScalar",
            "%s is final, but relate assigns a scalar end when the relationship changes: %s"),
    ENUM_END("RelateEnumEnd",
            "%s is a field of the enum %s, whose constants are shared by the whole program, and so would be every"
                    + " link on them: hold relationship ends in classes, and refer to the enum's constants from plain"
                    + " fields"),
    RECORD_COLLECTION("RelateRecordCollection",
            "%1$s is a component of the record %2$s, but a record is a value whose equals and hashCode read its"
                    + " components, so links would change it while collections hold it: make %2$s a class"),
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
            "%s has type %s, but a collection end must be a Collection, List, Set, SortedSet, NavigableSet,"
                    + " a class that implements List or Set, or a Map with key = \"<attribute of the element>\":"
                    + " change the field's type"),
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
            "backPopulates = \"%1$s\" names %2$s, which declares no relationship: annotate it with %3$s, or write"
                    + " backref = \"%1$s\" here to manage it from this side"),
    MAPPED_BY_NOT_MAPPED("RelateMappedByNotMapped",
            "mappedBy = \"%s\" names %s, which has no relationship mapping: annotate it with %s, the owning side"
                    + " that JPA and relate pair with this one, or name the field that has it"),
    PROPERTY_WITHOUT_FIELD("RelatePropertyWithoutField",
            "%1$s maps the property %2$s with @%3$s, but %4$s has no instance field named %2$s, and relate keeps in"
                    + " sync the field of the property's name (it cannot tell which field %5$s() reads), so it writes"
                    + " nothing for this mapping: name the field %2$s, or put @IgnoreMappings on %5$s() to leave it to"
                    + " JPA alone"),
    MAPPED_IS_GETTER("RelateMappedIsGetter",
            "%1$s maps the property %2$s with @%3$s, but %4$s, so relate reads no mapping from %5$s() and writes"
                    + " nothing for it: %6$s"),
    OTHER_END_IS_BACKREF("RelateOtherEndIsBackref",
            "backPopulates = \"%1$s\" names %2$s, which is marked @Backref: write backref = \"%1$s\" here, or replace"
                    + " @Backref on it with %3$s"),
    END_KIND_MISMATCH("RelateEndKindMismatch",
            "%s is a %s, so its other end must be a %s, but %s is a %s: pair @OneToManyRel (the collection, or"
                    + " uselist = false) with @ManyToOneRel (the single object), @OneToOneRel(mappedBy) with"
                    + " @OneToOneRel(backPopulates), and @ManyToManyRel with @ManyToManyRel"),
    ONE_TO_ONE_BOTH_ROLES("RelateOneToOneBothRoles",
            "%s says mappedBy = \"%s\" and %s = \"%s\", but an end of a one-to-one either owns it (backPopulates"
                    + " or backref) or is mapped by its other end (mappedBy): keep %s on the end that owns the"
                    + " relationship (in a database, its table holds the foreign key) and mappedBy on the other"),
    ONE_TO_ONE_OWNED_TWICE("RelateOneToOneOwnedTwice",
            "%s (%s) and its other end %s (%s) both own the one-to-one, but one end owns it (in a database, its"
                    + " table holds the foreign key) and the other is mapped by it: declare the end that does not"
                    + " hold the key with @OneToOneRel(mappedBy = ...) naming the other"),
    ONE_TO_ONE_MAPPED_TWICE("RelateOneToOneMappedTwice",
            "%s (%s) and its other end %s (%s) are both mapped by the other, so neither owns the one-to-one:"
                    + " declare the end that owns it (in a database, its table holds the foreign key) with"
                    + " @OneToOneRel(backPopulates = ...) naming the other"),
    MAPPED_BY_TWICE("RelateMappedByTwice",
            "%1$s and %2$s are mapped by one field, %3$s, but relate can keep a field in sync with one collection"
                    + " only, %4$s"),
    MAPPED_BY_SUPERCLASS("RelateMappedBySuperclass",
            "%1$s is mapped by %2$s, which holds %3$s, a supertype of %4$s, but relate keeps in sync ends that"
                    + " hold each other's classes only, so it writes no helpers for %1$s and leaves it to the JPA"
                    + " provider: put @IgnoreMappings on %1$s to leave it to JPA without a word, or map it by a field"
                    + " that holds %4$s"),
    ENDS_DISAGREE("RelateEndsDisagree",
            "%1$s names %2$s as its other end, but %2$s %3$s: make the two ends name each other with backPopulates"),
    END_TYPE_MISMATCH("RelateEndTypeMismatch",
            "%1$s = \"%2$s\" names %3$s, which holds %4$s, but its other end is in %5$s: name a field that holds"
                    + " %5$s, or change the type of %3$s"),
    BACKREF_TARGET_DECLARED("RelateBackrefTargetDeclared",
            "backref = \"%1$s\" names %2$s, which declares its own %3$s: write backPopulates = \"%1$s\" here, or"
                    + " remove the annotation from %2$s so that this declaration manages it"),
    BACKREF_TARGET_TYPE("RelateBackrefTargetType",
            "backref = \"%s\" names %s, whose type is %s, but this relationship needs %s there: change its type"),
    BACKREF_TWICE("RelateBackrefTwice",
            "backref = \"%s\" names %s, which the backref of %s already manages: a field is the other end of"
                    + " one relationship, so name another field"),
    ORPHAN_BACKREF("RelateOrphanBackref",
            "%s is marked @Backref, but no backref declaration in %s names it: add backref = \"%s\" to the"
                    + " relationship it mirrors, or remove @Backref"),
    NO_ACCESSORS("RelatePrivateField",
            "%1$s is not visible to the generated helpers in %2$s, and its class has no %3$s visible there: make the"
                    + " field visible there (%4$s), or add the %3$s"),
    GETTER_TYPE("RelateGetterType",
            "%1$s is not visible to the generated helpers in %2$s, and its getter %3$s() returns %4$s, not the"
                    + " field's type %5$s: make the getter return %5$s, or make the field visible there (%6$s)"),
    SETTER_TYPE("RelateSetterType",
            "%1$s is not visible to the generated helpers in %2$s, and its setter %3$s() takes %4$s, not the field's"
                    + " type %5$s: make the setter take %5$s, or make the field visible there (%6$s)"),
    DELEGATING_ACCESSOR("RelateDelegatingAccessor",
            "%1$s is not visible to the generated helpers in %2$s, so they reach it through %3$s(), but %3$s()"
                    + " calls %4$s, whose helpers would call %3$s() again, without end: %5$s"),
    PROPERTY_ACCESS_DELEGATING("RelatePropertyAccessor",
            "%1$s belongs to a class with JPA property access (%2$s), so the JPA provider itself calls %3$s() while"
                    + " it loads and flushes, but %3$s() calls %4$s: the provider would be handed relate's live view"
                    + " instead of its own collection, or relink objects while loading them. Keep %3$s() plain and"
                    + " call %4$s from methods of other names (addX, removeX, a view method), or %5$s"),
    CLASS_NOT_VISIBLE("RelateClassNotVisible",
            "%s is not visible from package %s, where %s is generated: make it public, or move the two classes"
                    + " into one package"),
    NOT_IN_BUILD("RelateNotInBuild",
            "%s is not compiled in this build, so relate cannot write %s for it: compile %s in the same build as"
                    + " %s"),
    STALE_HELPERS("RelateStaleHelpers",
            "%3$s is compiled without %2$s, and %1$s, which relate wrote when %2$s was last compiled, no longer"
                    + " matches the declarations of %3$s (its ends, how their fields are reached, its validators or"
                    + " listeners) or this compilation's options: its helpers would still act on the old ones."
                    + " Compile %2$s together with %3$s, or"
                    + " rebuild the module (IntelliJ: Build > Rebuild Project)"),
    STALE_CLASS_FILE("RelateStaleClassFile",
            "%1$s, which relate wrote when %2$s was last compiled, is still on the class path (%3$s) and no longer"
                    + " matches %2$s, and the compiler refuses to write %1$s again while a class of that name"
                    + " exists (Eclipse's compiler does): delete %3$s from the build's output and compile again, or"
                    + " rebuild the project (Eclipse: Project > Clean)"),
    NOT_RUN("RelateNotRun",
            "%1$s was compiled without relate seeing it: a processor before relate on the processor path claimed"
                    + " every annotation of %1$s's round (Lombok does, for a class that carries only Lombok's), and"
                    + " javac then starts no processor after it for that round; or javac found %1$s through the"
                    + " source path and compiled it implicitly, which no processor sees. The helpers an earlier build"
                    + " wrote for %1$s and its relationships (%2$s) are neither written again nor checked. List relate"
                    + " before that processor on the processor path (Maven: annotationProcessorPaths; Gradle:"
                    + " annotationProcessor), compile %1$s with the files given to the compiler, or rebuild the"
                    + " module"),
    SQL_NAME("RelateSqlName",
            "%s = \"%s\" is not a name the association table can use in SQL: %s"),
    NAME_TOO_LONG("RelateNameTooLong",
            "%s = \"%s\" has %s characters, but PostgreSQL keeps only the first %s of a name, so names that"
                    + " differ only after that would name one table or column: use a shorter name"),
    NO_FOREIGN_KEY("RelateNoForeignKey",
            "%1$s: %2$s. Until then %3$s.CREATE_SQL, which writes names into SQL as they are, declares no foreign"
                    + " key to the table of %1$s (the table \"%4$s\" links its ids all the same)"),
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
            "left = \"%1$s\" and right = \"%2$s\" name the same end of %3$s, but the left and the right are its"
                    + " two ends: name one each, as in @AssociationObject(left = \"%1$s\", right = \"%4$s\")"),
    ASSOCIATION_SIDES_UNSAID("RelateAssociationSidesUnsaid",
            "both ends of @AssociationObject %s hold %s, so relate cannot tell the left from the right: write"
                    + " @AssociationObject(left = \"%s\", right = \"%s\") or the other way round"),
    ASSOCIATION_END_ELSEWHERE("RelateAssociationEndElsewhere",
            "@AssociationObject %1$s inherits the end %2$s, but its other end %3$s is a collection of %4$s: give"
                    + " %1$s ends of its own, each naming a collection of %1$s"),
    ASSOCIATION_END_ONE_WAY("RelateAssociationEndOneWay",
            "%1$s is an end of @AssociationObject %2$s, so its other end must be a collection of %2$s in %3$s, but"
                    + " it names none: name that collection with backPopulates (it declares"
                    + " @OneToManyRel(backPopulates = \"%4$s\")), or with backref to let this declaration manage a"
                    + " plain field"),
    ASSOCIATION_END_SCALAR("RelateAssociationEndScalar",
            "%1$s is an end of @AssociationObject %2$s, but its other end %3$s holds a single object: make %3$s a"
                    + " List or Set of %2$s%4$s, since a left or right object can have many associations"),
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
    ACYCLIC_NOT_TREE("RelateAcyclicNotTree",
            "%s is declared acyclic, but %s: only a self-referential one-to-many (a tree, whose collection holds"
                    + " objects of the owner's class hierarchy) can be acyclic, so remove acyclic = true"),
    POSITION_NOT_LIST("RelatePositionNotList",
            "%s keeps positions in %s, but %s: only the List end of a two-way one-to-many has one index for"
                    + " each element, so remove position or declare the end so"),
    POSITION_MISSING("RelatePositionMissing",
            "position = \"%s\" names no field of %s: name the int field of %s that holds each element's"
                    + " index in %s"),
    POSITION_TYPE("RelatePositionType",
            "%s, which %s names as its position, is %s: declare it int, the element's index (-1 in no list)"),
    POSITION_NOT_WRITABLE("RelatePositionNotWritable",
            "%s, which %s names as its position, cannot be written by relate: %s"),
    ORDER_COLUMN_NO_TABLE("RelateOrderColumnNoTable",
            "%s stores its order in orderColumn = \"%s\", but its relationship has no association table:"
                    + " name one with secondary, or remove orderColumn (a list keeps its order in memory"
                    + " either way)"),
    ORDER_COLUMN_NOT_LIST("RelateOrderColumnNotList",
            "%s stores its order in orderColumn = \"%s\", but it is declared as %s, which has no indexes:"
                    + " declare it a List, or remove orderColumn"),
    ORDER_COLUMN_CLASH("RelateOrderColumnClash",
            "orderColumn = \"%s\" of %s names %s of the table \"%s\"%s: each column of the table needs a"
                    + " name of its own, so give the order column another name"),
    MAP_WITHOUT_KEY("RelateMapWithoutKey",
            "%s is a Map, but nothing says which field of %s is each element's key: %s"),
    KEY_WITHOUT_MAP("RelateKeyWithoutMap",
            "%s names key = \"%s\", but its type is %s, and only a Map end holds its elements under a key: make it"
                    + " a Map<K, %s>, or remove key"),
    KEY_NOT_FOUND("RelateKeyNotFound",
            "%s names key = \"%s\", but %s has no instance field of that name: name the field of %s that holds"
                    + " each element's key"),
    KEY_TYPE("RelateKeyType",
            "%s names key = \"%s\", but %s has type %s, which the map's key type %s cannot hold: make the map's"
                    + " key type that of the field (a primitive's wrapper for a primitive)"),
    MAP_UNSUPPORTED("RelateMapUnsupported",
            "%s is a Map, but %s is not supported yet: %s"),
    EVENT_UNKNOWN_END("RelateEventUnknownEnd",
            "%1$s names \"%2$s\", which is no relationship end of %3$s: name the field of %3$s that is the end (%4$s)"),
    EVENT_SIGNATURE("RelateEventSignature",
            "%1$s cannot be %2$s of %3$s, which relate calls with the %4$s on the other side and whether it is %5$s:"
                    + " declare it void %6$s(%4$s %7$s, boolean %8$s), throwing no checked exception"),
    EVENT_STATIC("RelateEventStatic",
            "%1$s is static, but %2$s of %3$s runs on the object whose end changes: remove static"),
    EVENT_NOT_VISIBLE("RelateEventNotVisible",
            "%1$s is %2$s of %3$s, which relate calls from the package %4$s, but it is %5$s there: %6$s"),
    EVENT_TWICE("RelateEventTwice",
            "%1$s is %2$s of %3$s, but %4$s is already: an end has at most one, so call one from the other"),
    GENERATED_METHOD_CLASH("RelateGeneratedMethodClash",
            "%1$s would get the helper %2$s.%3$s, which relate already writes there for %4$s: a class cannot declare"
                    + " two methods with one name and the same parameters, so rename %1$s"),
    ENTITY_METHOD_CLASH("RelateEntityMethodClash",
            "%1$s implements %2$s, whose method %3$s relate writes for %4$s, but %5$s declares %3$s too, which would"
                    + " replace relate's: rename that method, or remove implements %2$s"),
    ENTITY_INTERFACE_NOT_OWNER("RelateEntityInterfaceNotOwner",
            "%1$s implements %2$s, but relate writes %2$s for %3$s and its methods run on a %3$s: implement it in"
                    + " %3$s only (its subclasses inherit it)"),
    GENERATED_CLASS_CLASH("RelateGeneratedClassClash",
            "the helpers of %s would be the class %s, which relate already writes for %s: relate names the helpers"
                    + " of a nested class after its enclosing classes joined by underscores, so rename one of the"
                    + " two classes"),
    DIAGRAM_OPTION("RelateDiagramOption",
            "-Arelate.diagram=%s is not a value relate knows: give one of %s (classes, the default: a diagram of each"
                    + " class's relationships; model: those and one of the whole compilation; none: no diagram)"),
    CANNOT_WRITE("RelateCannotWrite",
            "relate could not write %s (%s): if another class has that name, rename the other class"),
    UNEXPECTED("RelateUnexpected",
            "relate failed unexpectedly on %s (%s). This is a bug in relate; please report it with this message"
                    + " and the declaration");

    private final String id;
    private final String template;

    /**
     * The wording that fills a message's holes where it depends on the case: a fix, a reason, a list
     * of what was found. A part has no id of its own; like the messages, it is worded here and nowhere
     * else, so that the checker passes only names, types and parts.
     */
    public enum Part {
        // RelateStaticField: the fix
        REMOVE_STATIC("remove static"),
        STATIC_ENUM_CONSTANT("declare it as an instance field of a class (an enum constant is always static)"),
        STATIC_INTERFACE_FIELD("declare it as an instance field of a class (a field of an interface is always"
                + " static)"),
        // RelateFinalScalar: the fix (also RelateColumnNotWritable's)
        REMOVE_FINAL("remove final"),
        FINAL_RECORD_FIELD("a record's fields are always final, so make %s a class"),
        // RelateGenericOwner: what the class is, and the fix
        DECLARES_TYPE_PARAMETERS("declares type parameters"),
        DECLARES_TYPE_PARAMETERS_FIX("move the relationship to a class without type parameters"),
        INNER_CLASS_OF_GENERIC("is an inner class of %s, which declares type parameters"),
        INNER_CLASS_OF_GENERIC_FIX("make %s a static nested class, or move the relationship to a class without"
                + " type parameters"),
        // RelateClassNotAccessible: what the class is
        LOCAL_CLASS("a local class"),
        ANONYMOUS_CLASS("an anonymous class"),
        PRIVATE("private"),
        INSIDE_PRIVATE_CLASS("inside the private class %s"),
        NOT_A_CLASS("not a class"),
        CLASS_HOLDING("The class holding %s"),
        // RelateMissingField: the fields that could be meant
        FITTING_FIELDS(" (%s has %s of a fitting type)"),
        // RelateMappedByTwice: what relate does with the collections, and the way out
        // a message of Diagnostics.LEFT_TO_JPA about a relationship that JPA's mappings alone declare: a warning
        LEFT_TO_JPA("; JPA's mapping alone declares this relationship, so relate writes no helpers for it and leaves"
                + " it to the JPA provider (@IgnoreMappings on its mappings does so without a word)"),
        MAPPED_BY_TWICE_LEFT("so it writes no helpers for them and leaves them to the JPA provider (%1$s is"
                + " one-way): put @IgnoreMappings on %2$s to keep %3$s in sync with %1$s, or map each collection by a"
                + " field of its own"),
        MAPPED_BY_TWICE_PAIRED("and pairs %1$s with %2$s, the first: put @IgnoreMappings on %3$s to leave it to"
                + " the JPA provider, or map it by a field of its own"),
        // RelateEndsDisagree: what the other end says
        OTHER_SAYS_BACKREF("declares backref = \"%s\" (declare the relationship once: backPopulates on both ends,"
                + " or backref on one)"),
        OTHER_NAMES_NOTHING("names no other end"),
        OTHER_NAMES("names \"%s\""),
        // RelateBackrefTargetType: the type the field named by backref needs
        HOLDING_ONE("a field holding one %s"),
        COLLECTION_OF("a collection of %s"),
        COLLECTION_OR_ONE("a collection of %1$s (one-to-many) or a field holding one %1$s (one-to-one)"),
        // RelatePrivateField, RelateGetterType, RelateSetterType: accessors, packages, visibility (RelateNoId,
        // RelateUnsupportedId: the id)
        GETTER("getter %s()"),
        FIELD("field %s"),
        SETTER("setter %s(%s)"),
        GETTER_AND_SETTER("%s and %s"),
        PACKAGE("package %s"),
        PACKAGES("packages %s and %s"),
        PACKAGE_PRIVATE_OR_PUBLIC("package-private or public"),
        PUBLIC("public"),
        // RelateDelegatingAccessor: the fix, compiling for Java 8, with -Arelate.accessors, and where relate
        // cannot use a field handle
        DELEGATING_FIX_RELEASE_8("compile for Java 9 or later (--release 9 or newer), where relate reaches a"
                + " private field itself, make the field visible there (%1$s), or let %2$s() use the field and"
                + " call %3$s from a method of another name"),
        DELEGATING_FIX_OPTION("drop the option -Arelate.accessors, without which relate reaches a private field"
                + " itself, make the field visible there (%1$s), or let %2$s() use the field and call %3$s from"
                + " a method of another name"),
        DELEGATING_FIX("make the field visible there (%1$s), or let %2$s() use the field and call %3$s from a"
                + " method of another name"),
        // RelatePropertyAccessor: what makes the class use property access
        ID_ON_GETTER("@%s on %s()"),
        ACCESS_PROPERTY("@Access(PROPERTY) on %s"),
        // RelatePropertyAccessor: the way out of property access, for the class and for the one property
        USE_FIELD_ACCESS("use field access (@Id on the field)"),
        DROP_ACCESS_PROPERTY("remove @Access(PROPERTY) from %s() and put its mapping on the field, which the class"
                + " reads by field access"),
        // RelateMappedIsGetter: why JPA does not read isX(), and the fix, beside getX() and alone
        IS_BESIDE_GET("%1$s also declares %2$s(), the getter JPA reads for a property that is not a boolean"),
        MOVE_TO_GET("move the mapping to %1$s(), or remove %2$s()"),
        IS_NOT_BOOLEAN("JPA reads %1$s() as a getter only if it returns a boolean, and it returns %2$s"),
        RENAME_TO_GET("rename it %1$s()"),
        // RelateOrphanBackref: where the backref should be
        CLASS_IT_RELATES_TO("the class it relates to"),
        // RelateAssociationEnds: the ends found
        NO_END("no @ManyToOneRel field"),
        ONE_END("one @ManyToOneRel field, %s"),
        ENDS("%s @ManyToOneRel fields, %s"),
        // RelateAssociationEndScalar: the rest of the fix, for an end declared uselist = false
        REMOVE_USELIST(" and remove uselist = false from it"),
        USE_ONE_TO_MANY(" and declare it with @OneToManyRel instead of @OneToOneRel"),
        // RelateSqlName and RelateNameTooLong about a column of an association class
        COLUMN_OF("the column of %s"),
        COLUMN_NAME_OF("the column of %s, name"),
        // RelateColumnNotWritable: the fix
        ADD_GETTER_AND_SETTER("add %s() and %s(%s)"),
        ADD_GETTER("add %s()"),
        ADD_SETTER("add %s(%s)"),
        // RelateSameColumns: why names that differ in case are one
        CASE_INSENSITIVE(" (SQL does not tell upper from lower case in names)"),
        // RelateNoId: why, and the fix
        NO_ID_FIX("add a field or getter named id, or mark the id field or getter with an annotation named Id"
                + " (such as jakarta.persistence.Id); or, if the relationship needs no table, name no secondary:"
                + " it is then kept in memory only, and needs no id"),
        // each takes the id's name, the package, the table class, the getter's name and the visibility
        ID_GETTER_HIDDEN("its id getter %1$s() is not visible from package %2$s, where %3$s is generated: make it"
                + " visible there (%5$s)"),
        ID_FIELD_AND_GETTER_HIDDEN("its id field %1$s is not visible from package %2$s, where %3$s is generated,"
                + " and neither is its getter %4$s(): make the field visible there (%5$s), or the getter"),
        ID_FIELD_HIDDEN_NO_GETTER("its id field %1$s is not visible from package %2$s, where %3$s is generated, and"
                + " it has no getter %4$s(): make the field visible there (%5$s), or add a getter %4$s() visible"
                + " there"),
        TABLE_CLASS("the table class"),
        // RelateNoForeignKey: the names a foreign key needs, the entity's table's and its id's column
        TABLE_ATTRIBUTE("@Table(%s)"),
        ID_COLUMN("the id's column"),
        // RelateSqlName: what is wrong with the name
        // RelateSqlName, RelateNameTooLong: a name relate's annotation leaves to JPA's @JoinTable
        JOIN_TABLE_NAME("@JoinTable(name)"),
        // RelateSqlName, RelateNameTooLong: the schema or catalog of JPA's @JoinTable, a part of the table's name
        JOIN_TABLE_QUALIFIER("@JoinTable(%s)"),
        JOIN_TABLE_COLUMN("a column of @JoinTable"),
        // RelateSqlName, RelateNameTooLong: a part of a qualified name relate's annotation gives (schema.table)
        NAME_PART("the %2$s in %1$s"),
        NAME_TOO_MANY_PARTS("it has %s parts, but a table's name has at most three: catalog.schema.table"),
        SQL_NAME_RULE("use only ASCII letters, digits and underscores, starting with a letter or an underscore"),
        NAME_EMPTY("it is empty: %s"),
        NAME_CONTAINS("it contains %s: %s"),
        SPACE("a space"),
        CODE_POINT("the character U+%04X"),
        QUOTED("'%s'"),
        NAME_STARTS_WITH_DIGIT("it starts with a digit: %s"),
        NAME_RESERVED("it is a reserved word of SQL, so choose another name"),
        // RelateGeneratedMethodClash: what the helper is written for
        ASSOCIATION_OBJECT("@AssociationObject %s"),
        /** What {@code detach(x)} is written for, as a clash names it. */
        DETACHING("detach, which unlinks an object of %s from every relationship"),
        // any message about a class this compilation reads from a class file, which has no line to show
        FROM_CLASS_FILE(" (on %s, read from a class file)"),
        // the exceptions of a bug in relate, which RelateUnexpected shows
        NO_END_IN_PACKAGE("no end in package %s"),
        // RelateJpaDisagrees: what each says
        KIND_SAYS("it is %s"),
        // RelateJpaDisagrees, RelateOneToOneOwnedTwice, RelateOneToOneMappedTwice: the role of a one-to-one end
        ONE_TO_ONE_OWNING("the end that owns a one-to-one"),
        ONE_TO_ONE_MAPPED("the end of a one-to-one mapped by its other end"),
        OTHER_END_SAYS("its other end is %s"),
        TABLE_SAYS("the association table is %s"),
        KEY_SAYS("each element's key is its %s"),
        COLUMNS_SAY("%s holds the ids of %s and %s those of %s"),
        // RelateUnexpected: a failure no step caught, of the round as a whole
        THIS_ROUND("this round"),
        // RelateAcyclicNotTree: why the relationship cannot be a tree
        ACYCLIC_ONE_WAY("it has no other end, so relate cannot walk up from an object to its parent (name the"
                + " scalar end with backPopulates or backref)"),
        ACYCLIC_ONE_TO_ONE("%s and %s are one-to-one, and relate refuses cycles in one-to-many trees only"),
        ACYCLIC_NOT_SELF("it relates %s to %s, classes of different hierarchies, whose links cannot make a"
                + " cycle"),
        // RelatePositionNotList: why the end cannot keep positions
        POSITION_ONE_WAY("it has no other end, so one element may be in several lists"),
        POSITION_ONE_TO_ONE("it is a one-to-one end (uselist = false), which holds one object"),
        POSITION_NOT_A_LIST("it is declared as %s, which has no indexes"),
        // RelatePositionNotWritable: what the field is, and the fix
        POSITION_STATIC("it is static, so remove static: each element keeps its own index"),
        POSITION_FINAL("it is final, so remove final"),
        POSITION_HIDDEN("it is private and %s has no %s visible in %s, so add it or make the field visible"
                + " there"),
        // RelateOrderColumnClash: the column it names
        ORDER_CLASH_ID("its id column %s"),
        ORDER_CLASH_OTHER("the other end's order column %s"),
        // RelateMapWithoutKey: the fix
        ADD_KEY("add key = \"...\" to its %s, naming a field of %s"),
        BACKREF_MAP("a backref cannot say it, so declare %s with @OneToManyRel(backPopulates = \"%s\", key ="
                + " \"...\") and name it with backPopulates on %s"),
        // RelateMapUnsupported: what, and the fix
        MAP_BOTH_ENDS("a many-to-many with a Map at both ends"),
        MAP_BOTH_ENDS_FIX("declare one of the two ends, %s or this one, as a Set or a List"),
        MAP_ONE_WAY("a one-way Map end"),
        MAP_ONE_WAY_FIX("give it its other end, a field of %s holding the owner, and name it with backPopulates or"
                + " backref"),
        MAP_ACYCLIC("an acyclic Map end"),
        MAP_ACYCLIC_FIX("declare the children as a List or a Set, or remove acyclic = true"),
        MAP_ASSOCIATIONS("a Map of association objects"),
        MAP_ASSOCIATIONS_FIX("declare the associations as a List or a Set"),
        // RelateEventUnknownEnd: the ends there are
        EVENT_ENDS("its ends are %s"),
        EVENT_NO_ENDS("it has none"),
        // the two kinds of method, and what their boolean says
        VALIDATOR("the validator (@Validates)"),
        LISTENER("the listener (@OnChange)"),
        LINKING("being linked or unlinked"),
        LINKED("linked or unlinked"),
        // RelateEventNotVisible: what the method is, and the fix
        EVENT_PRIVATE("private"),
        EVENT_PACKAGE_PRIVATE("not public"),
        EVENT_REMOVE_PRIVATE("remove private"),
        EVENT_MAKE_PUBLIC("make it public");

        private final String template;

        Part(String template) {
            this.template = template;
        }

        /** The part with its holes filled. */
        public String format(Object... args) {
            return String.format(template, args);
        }

        /** The part, for one without holes. */
        @Override
        public String toString() {
            return format();
        }
    }

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
