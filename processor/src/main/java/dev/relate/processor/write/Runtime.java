package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime classes generated code calls. */
final class Runtime {
    private Runtime() {
    }

    private static final String PACKAGE = "dev.relate.runtime";

    static final ClassName ONE_TO_MANY_END = ClassName.get(PACKAGE, "OneToManyEnd");
    static final ClassName ONE_WAY_COLLECTION_END = ClassName.get(PACKAGE, "OneWayCollectionEnd");
    static final ClassName ONE_TO_ONE_END = ClassName.get(PACKAGE, "OneToOneEnd");
    static final ClassName MANY_TO_MANY_END = ClassName.get(PACKAGE, "ManyToManyEnd");
    static final ClassName LINK_TABLE = ClassName.get(PACKAGE, "LinkTable");
    static final ClassName ASSOCIATIONS = ClassName.get(PACKAGE, "Associations");
    static final ClassName ASSOCIATION_OBJECT_TABLE = ClassName.get(PACKAGE, "AssociationObjectTable");
    static final ClassName TABLE_COLUMN = ClassName.get(PACKAGE, "TableColumn");
    static final ClassName VIEWS = ClassName.get(PACKAGE, "Views");
}
