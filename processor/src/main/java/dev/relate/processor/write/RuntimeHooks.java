package dev.relate.processor.write;

import dev.relate.processor.model.CollectionKind;
import dev.relate.runtime.AcyclicOneToManyEnd;
import dev.relate.runtime.AssociationObjectTable;
import dev.relate.runtime.Associations;
import dev.relate.runtime.CollectionEnd;
import dev.relate.runtime.Detachment;
import dev.relate.runtime.JdbcTable;
import dev.relate.runtime.LinkTable;
import dev.relate.runtime.LiveCollection;
import dev.relate.runtime.LiveList;
import dev.relate.runtime.LiveNavigableSet;
import dev.relate.runtime.LiveSet;
import dev.relate.runtime.LiveSortedSet;
import dev.relate.runtime.ManyToManyEnd;
import dev.relate.runtime.ManyToManyMapEnd;
import dev.relate.runtime.ManyToManyMapInverseEnd;
import dev.relate.runtime.MapEnd;
import dev.relate.runtime.OneToManyEnd;
import dev.relate.runtime.OneToManyMapEnd;
import dev.relate.runtime.OneToOneEnd;
import dev.relate.runtime.OneWayCollectionEnd;
import dev.relate.runtime.OneWayScalarEnd;
import dev.relate.runtime.PositionedOneToManyEnd;
import dev.relate.runtime.Proxies;
import dev.relate.runtime.TableColumn;
import dev.relate.runtime.Views;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every constructor and method of the runtime that generated code calls or overrides: the class
 * generated code names it through, its name, and its parameter types as the runtime declares them,
 * erased. Writers name runtime methods through these constants, never by a string of their own;
 * {@code RuntimeHooksTest} finds each one on the runtime by reflection, with the access generated
 * code needs, so that renaming or changing one fails a unit test and not only the golden files.
 */
enum RuntimeHooks {
    // the collection ends: OneToManyEnd, OneWayCollectionEnd and ManyToManyEnd extend CollectionEnd
    ONE_TO_MANY_END_NEW(Use.SUPER, OneToManyEnd.class, String.class, Class.class),
    ACYCLIC_ONE_TO_MANY_END_NEW(Use.SUPER, AcyclicOneToManyEnd.class, String.class, Class.class),
    POSITIONED_ONE_TO_MANY_END_NEW(Use.SUPER, PositionedOneToManyEnd.class, String.class, Class.class,
            boolean.class),
    ONE_WAY_COLLECTION_END_NEW(Use.SUPER, OneWayCollectionEnd.class, String.class, Class.class),
    MANY_TO_MANY_END_NEW(Use.SUPER, ManyToManyEnd.class, String.class, Class.class, String.class),
    // the same, for an end one of whose classes declares a validator or a listener (VALIDATES | LISTENS)
    ONE_TO_MANY_END_EVENTS_NEW(Use.SUPER, OneToManyEnd.class, String.class, Class.class, int.class),
    ACYCLIC_ONE_TO_MANY_END_EVENTS_NEW(Use.SUPER, AcyclicOneToManyEnd.class, String.class, Class.class, int.class),
    POSITIONED_ONE_TO_MANY_END_EVENTS_NEW(Use.SUPER, PositionedOneToManyEnd.class, String.class, Class.class,
            boolean.class, int.class),
    MANY_TO_MANY_END_EVENTS_NEW(Use.SUPER, ManyToManyEnd.class, String.class, Class.class, String.class, int.class),
    ONE_WAY_COLLECTION_END_EVENTS_NEW(Use.SUPER, OneWayCollectionEnd.class, String.class, Class.class, int.class),
    VALIDATE(Use.OVERRIDE, CollectionEnd.class, "validate", Object.class, Object.class, boolean.class),
    CHANGED(Use.OVERRIDE, CollectionEnd.class, "changed", Object.class, Object.class, boolean.class),
    OTHER_CHANGED(Use.OVERRIDE, CollectionEnd.class, "otherChanged", Object.class, Object.class, boolean.class),
    COLLECTION(Use.OVERRIDE, CollectionEnd.class, "collection", Object.class),
    STORE_COLLECTION(Use.OVERRIDE, CollectionEnd.class, "storeCollection", Object.class, boolean.class),
    ADD(Use.CALL, CollectionEnd.class, "add", Object.class, Object.class),
    REMOVE(Use.CALL, CollectionEnd.class, "remove", Object.class, Object.class),
    REPLACE(Use.CALL, CollectionEnd.class, "replace", Object.class, Collection.class),
    OWNER_OF(Use.OVERRIDE, OneToManyEnd.class, "ownerOf", Object.class),
    WRITE_OWNER(Use.OVERRIDE, OneToManyEnd.class, "writeOwner", Object.class, Object.class),
    ASSIGN(Use.CALL, OneToManyEnd.class, "assign", Object.class, Object.class),
    PAIRED_WITH(Use.OVERRIDE, OneToManyEnd.class, "pairedWith", Object.class),
    ASSOCIATIONS_OF_PAIRED(Use.OVERRIDE, OneToManyEnd.class, "associationsOfPaired", Object.class),
    POSITION(Use.OVERRIDE, PositionedOneToManyEnd.class, "position", Object.class),
    WRITE_POSITION(Use.OVERRIDE, PositionedOneToManyEnd.class, "writePosition", Object.class, int.class),
    INVERSE(Use.OVERRIDE, ManyToManyEnd.class, "inverse", Object.class),
    STORE_INVERSE(Use.OVERRIDE, ManyToManyEnd.class, "storeInverse", Object.class, boolean.class),

    // the live views of a collection end, one class per collection interface, each subclassed per end
    // by an anonymous class whose add and remove pass the end's constant to addThrough/removeThrough
    LIVE_COLLECTION_NEW(Use.SUPER, LiveCollection.class, CollectionEnd.class, Object.class),
    LIVE_LIST_NEW(Use.SUPER, LiveList.class, CollectionEnd.class, Object.class),
    LIVE_SET_NEW(Use.SUPER, LiveSet.class, CollectionEnd.class, Object.class),
    LIVE_SORTED_SET_NEW(Use.SUPER, LiveSortedSet.class, CollectionEnd.class, Object.class),
    LIVE_NAVIGABLE_SET_NEW(Use.SUPER, LiveNavigableSet.class, CollectionEnd.class, Object.class),
    VIEW_ADD_THROUGH(Use.INHERITED, LiveCollection.class, "addThrough", CollectionEnd.class, Object.class),
    VIEW_REMOVE_THROUGH(Use.INHERITED, LiveCollection.class, "removeThrough", CollectionEnd.class, Object.class),
    LIST_VIEW_ADD_THROUGH(Use.INHERITED, LiveList.class, "addThrough", CollectionEnd.class, Object.class),
    LIST_VIEW_REMOVE_THROUGH(Use.INHERITED, LiveList.class, "removeThrough", CollectionEnd.class, Object.class),

    // the map end of a one-to-many keyed by an attribute of the element
    ONE_TO_MANY_MAP_END_NEW(Use.SUPER, OneToManyMapEnd.class, String.class, Class.class, String.class),
    MAP(Use.OVERRIDE, MapEnd.class, "map", Object.class),
    STORE_MAP(Use.OVERRIDE, MapEnd.class, "storeMap", Object.class, boolean.class),
    KEY_OF(Use.OVERRIDE, MapEnd.class, "keyOf", Object.class),
    MAP_OWNER_OF(Use.OVERRIDE, OneToManyMapEnd.class, "ownerOf", Object.class),
    MAP_WRITE_OWNER(Use.OVERRIDE, OneToManyMapEnd.class, "writeOwner", Object.class, Object.class),
    MAP_ADD(Use.CALL, MapEnd.class, "add", Object.class, Object.class),
    MAP_REMOVE(Use.CALL, MapEnd.class, "remove", Object.class, Object.class),
    MAP_REPLACE(Use.CALL, MapEnd.class, "replace", Object.class, Collection.class),
    MAP_ASSIGN(Use.CALL, OneToManyMapEnd.class, "assign", Object.class, Object.class),
    REKEY(Use.CALL, MapEnd.class, "rekey", Object.class, Object.class),
    MANY_TO_MANY_MAP_END_NEW(Use.SUPER, ManyToManyMapEnd.class, String.class, Class.class, String.class,
            String.class),
    MAP_INVERSE(Use.OVERRIDE, ManyToManyMapEnd.class, "inverse", Object.class),
    MAP_STORE_INVERSE(Use.OVERRIDE, ManyToManyMapEnd.class, "storeInverse", Object.class, boolean.class),
    MAP_INVERSE_END_NEW(Use.SUPER, ManyToManyMapInverseEnd.class, String.class, Class.class, String.class,
            String.class),
    INVERSE_MAP(Use.OVERRIDE, ManyToManyMapInverseEnd.class, "inverse", Object.class),
    STORE_INVERSE_MAP(Use.OVERRIDE, ManyToManyMapInverseEnd.class, "storeInverse", Object.class, boolean.class),
    OWNER_KEY_OF(Use.OVERRIDE, ManyToManyMapInverseEnd.class, "keyOf", Object.class),
    VIEW_MAP(Use.STATIC, Views.class, "map", MapEnd.class, Object.class),
    VIEW_SORTED_MAP(Use.STATIC, Views.class, "sortedMap", MapEnd.class, Object.class),
    VIEW_NAVIGABLE_MAP(Use.STATIC, Views.class, "navigableMap", MapEnd.class, Object.class),

    // one-to-one
    ONE_TO_ONE_END_NEW(Use.SUPER, OneToOneEnd.class, String.class),
    ONE_TO_ONE_END_EVENTS_NEW(Use.SUPER, OneToOneEnd.class, String.class, int.class),
    ONE_TO_MANY_MAP_END_EVENTS_NEW(Use.SUPER, OneToManyMapEnd.class, String.class, Class.class, String.class,
            int.class),
    MANY_TO_MANY_MAP_END_EVENTS_NEW(Use.SUPER, ManyToManyMapEnd.class, String.class, Class.class, String.class,
            String.class, int.class),
    MAP_INVERSE_END_EVENTS_NEW(Use.SUPER, ManyToManyMapInverseEnd.class, String.class, Class.class, String.class,
            String.class, int.class),
    MAP_VALIDATE(Use.OVERRIDE, MapEnd.class, "validate", Object.class, Object.class, boolean.class),
    MAP_CHANGED(Use.OVERRIDE, MapEnd.class, "changed", Object.class, Object.class, boolean.class),
    MAP_OTHER_CHANGED(Use.OVERRIDE, MapEnd.class, "otherChanged", Object.class, Object.class, boolean.class),
    ONE_TO_ONE_VALIDATE(Use.OVERRIDE, OneToOneEnd.class, "validate", Object.class, Object.class, boolean.class),
    ONE_TO_ONE_CHANGED(Use.OVERRIDE, OneToOneEnd.class, "changed", Object.class, Object.class, boolean.class),
    ONE_TO_ONE_OTHER_CHANGED(Use.OVERRIDE, OneToOneEnd.class, "otherChanged", Object.class, Object.class,
            boolean.class),
    GET(Use.OVERRIDE, OneToOneEnd.class, "get", Object.class),
    WRITE(Use.OVERRIDE, OneToOneEnd.class, "write", Object.class, Object.class),
    INVERSE_OF(Use.OVERRIDE, OneToOneEnd.class, "inverseOf", Object.class),
    WRITE_INVERSE(Use.OVERRIDE, OneToOneEnd.class, "writeInverse", Object.class, Object.class),
    SET(Use.CALL, OneToOneEnd.class, "set", Object.class, Object.class),

    // a one-way scalar end that its class validates or listens to (an unobserved one has no end object)
    ONE_WAY_SCALAR_END_NEW(Use.SUPER, OneWayScalarEnd.class, String.class, int.class),
    ONE_WAY_SCALAR_VALIDATE(Use.OVERRIDE, OneWayScalarEnd.class, "validate", Object.class, Object.class,
            boolean.class),
    ONE_WAY_SCALAR_CHANGED(Use.OVERRIDE, OneWayScalarEnd.class, "changed", Object.class, Object.class,
            boolean.class),
    ONE_WAY_SCALAR_GET(Use.OVERRIDE, OneWayScalarEnd.class, "get", Object.class),
    ONE_WAY_SCALAR_WRITE(Use.OVERRIDE, OneWayScalarEnd.class, "write", Object.class, Object.class),
    ONE_WAY_SCALAR_SET(Use.CALL, OneWayScalarEnd.class, "set", Object.class, Object.class),

    // association classes
    ASSOCIATIONS_NEW(Use.SUPER, Associations.class, String.class, OneToManyEnd.class, OneToManyEnd.class),
    CREATE(Use.OVERRIDE, Associations.class, "create"),
    CANNOT_CREATE(Use.INHERITED, Associations.class, "cannotCreate", String.class),
    LINK(Use.CALL, Associations.class, "link", Object.class, Object.class, Object.class),
    LINK_NEW(Use.CALL, Associations.class, "link", Object.class, Object.class),
    FIND(Use.CALL, Associations.class, "find", Object.class, Object.class),
    UNLINK(Use.CALL, Associations.class, "unlink", Object.class, Object.class),
    UNLINK_ONE(Use.CALL, Associations.class, "unlink", Object.class),
    RIGHTS(Use.CALL, Associations.class, "rights", Object.class),
    LEFTS(Use.CALL, Associations.class, "lefts", Object.class),

    // detaching an object from every relationship, all or nothing
    DETACH_OF(Use.STATIC, Detachment.class, "of", Object.class, String.class),
    DETACH_DONE(Use.CALL, Detachment.class, "done"),
    DETACH_CLEAR(Use.CALL, Detachment.class, "clear", CollectionEnd.class, Object.class),
    DETACH_LEAVE(Use.CALL, Detachment.class, "leave", OneToManyEnd.class, Object.class),
    DETACH_CLEAR_MAP(Use.CALL, Detachment.class, "clearMap", MapEnd.class, Object.class),
    DETACH_LEAVE_MAP(Use.CALL, Detachment.class, "leaveMap", OneToManyMapEnd.class, Object.class),
    DETACH_UNPAIR(Use.CALL, Detachment.class, "unpair", OneToOneEnd.class, Object.class),
    DETACH_CLEAR_SCALAR(Use.CALL, Detachment.class, "clearScalar", Object.class, Consumer.class),
    DETACH_CLEAR_ONE_WAY(Use.CALL, Detachment.class, "clearOneWay", OneWayScalarEnd.class, Object.class),
    DETACH_UNLINK_LEFT(Use.CALL, Detachment.class, "unlinkLeft", Associations.class, Object.class),
    DETACH_UNLINK_RIGHT(Use.CALL, Detachment.class, "unlinkRight", Associations.class, Object.class),

    // the tables (TableWriter): what both kinds share, on JdbcTable
    TABLE_LEFT_ID(Use.OVERRIDE, JdbcTable.class, "leftId", Object.class),
    TABLE_RIGHT_ID(Use.OVERRIDE, JdbcTable.class, "rightId", Object.class),
    TABLE_CREATE_TABLE(Use.CALL, JdbcTable.class, "createTable", Connection.class),

    // the table of a many-to-many relationship
    LINK_TABLE_NEW(Use.SUPER, LinkTable.class, String.class, String.class, String.class, String.class, Class.class,
            Class.class),
    LINK_TABLE_NEW_ORDERED(Use.SUPER, LinkTable.class, String.class, String.class, String.class, String.class,
            String.class, String.class, Class.class, Class.class),
    LINK_TABLE_RIGHTS_OF(Use.OVERRIDE, LinkTable.class, "rightsOf", Object.class),
    LINK_TABLE_RIGHT_LIST(Use.OVERRIDE, LinkTable.class, "rightList", Object.class),
    LINK_TABLE_LEFT_LIST(Use.OVERRIDE, LinkTable.class, "leftList", Object.class),
    LINK_TABLE_LINK(Use.OVERRIDE, LinkTable.class, "link", Object.class, Object.class),
    LINK_TABLE_SAVE_LINKS(Use.CALL, LinkTable.class, "saveLinks", Connection.class, Collection.class),
    LINK_TABLE_LOAD_LINKS(Use.CALL, LinkTable.class, "loadLinks", Connection.class, Collection.class,
            Collection.class),

    // the table of an association class
    ASSOCIATION_TABLE_NEW(Use.SUPER, AssociationObjectTable.class, String.class, String.class, String.class,
            TableColumn[].class, String.class, Class.class, Class.class),
    ASSOCIATION_TABLE_ASSOCIATIONS_OF(Use.OVERRIDE, AssociationObjectTable.class, "associationsOf", Object.class),
    ASSOCIATION_TABLE_RIGHT_OF(Use.OVERRIDE, AssociationObjectTable.class, "rightOf", Object.class),
    ASSOCIATION_TABLE_CREATE(Use.OVERRIDE, AssociationObjectTable.class, "create"),
    ASSOCIATION_TABLE_LINK(Use.OVERRIDE, AssociationObjectTable.class, "link", Object.class, Object.class,
            Object.class),
    ASSOCIATION_TABLE_EXTRAS(Use.OVERRIDE, AssociationObjectTable.class, "extras", Object.class),
    ASSOCIATION_TABLE_READ_EXTRAS(Use.OVERRIDE, AssociationObjectTable.class, "readExtras", Object.class,
            ResultSet.class, int.class),
    ASSOCIATION_TABLE_LEFT_POSITIONS(Use.OVERRIDE, AssociationObjectTable.class, "leftPositions"),
    ASSOCIATION_TABLE_RIGHT_POSITIONS(Use.OVERRIDE, AssociationObjectTable.class, "rightPositions"),
    ASSOCIATION_TABLE_SAVE_LINKS(Use.CALL, AssociationObjectTable.class, "saveLinks", Connection.class,
            Collection.class),
    ASSOCIATION_TABLE_LOAD_LINKS(Use.CALL, AssociationObjectTable.class, "loadLinks", Connection.class,
            Collection.class, Collection.class),
    COLUMN_OF(Use.STATIC, TableColumn.class, "of", String.class),
    COLUMN_TEXT(Use.STATIC, TableColumn.class, "text", String.class, int.class),
    COLUMN_DECIMAL(Use.STATIC, TableColumn.class, "decimal", String.class, int.class, int.class),

    // a private field reached through a field handle: the object itself, or the entity behind a proxy
    UNWRAP(Use.STATIC, Proxies.class, "unwrap", Object.class, Class.class);

    /** How generated code uses a hook, which decides the access the runtime must give it. */
    enum Use {
        /** A generated subclass overrides it with a {@code protected} method: protected, not final, not static. */
        OVERRIDE,
        /** A generated subclass calls it on itself: protected or public, not static. */
        INHERITED,
        /** Generated code calls it on an object from outside the class: public, not static. */
        CALL,
        /** Generated code calls it on the class: public and static. */
        STATIC,
        /** The constructor of a generated subclass calls this constructor: protected or public. */
        SUPER
    }

    /** The name of a constructor, for {@link Use#SUPER}. */
    static final String CONSTRUCTOR = "<init>";

    private final Use use;
    private final Class<?> owner;
    private final String method;
    private final List<Class<?>> parameters;

    RuntimeHooks(Use use, Class<?> owner, String method, Class<?>... parameters) {
        this.use = use;
        this.owner = owner;
        this.method = method;
        this.parameters = List.of(parameters);
    }

    RuntimeHooks(Use use, Class<?> owner, Class<?>... constructorParameters) {
        this(use, owner, CONSTRUCTOR, constructorParameters);
    }

    Use use() {
        return use;
    }

    /** The runtime class generated code extends or calls it through; it may be declared by a superclass. */
    Class<?> owner() {
        return owner;
    }

    /** The method's name as generated code writes it, or {@link #CONSTRUCTOR}. */
    String method() {
        return method;
    }

    /** The parameter types as the runtime declares them, erased. */
    List<Class<?>> parameters() {
        return parameters;
    }

    /** The {@code Views} factory of a live view of a map end of {@code kind}. */
    static RuntimeHooks mapView(CollectionKind kind) {
        return switch (kind) {
            case MAP -> VIEW_MAP;
            case SORTED_MAP -> VIEW_SORTED_MAP;
            case NAVIGABLE_MAP -> VIEW_NAVIGABLE_MAP;
            default -> throw new IllegalArgumentException(kind + " is no map");
        };
    }

    /**
     * The constructor of the live view class of a collection end of {@code kind}, which generated
     * code subclasses per end; {@code null} for a map end.
     */
    static RuntimeHooks liveView(CollectionKind kind) {
        return switch (kind) {
            case COLLECTION -> LIVE_COLLECTION_NEW;
            case LIST -> LIVE_LIST_NEW;
            case SET -> LIVE_SET_NEW;
            case SORTED_SET -> LIVE_SORTED_SET_NEW;
            case NAVIGABLE_SET -> LIVE_NAVIGABLE_SET_NEW;
            case MAP, SORTED_MAP, NAVIGABLE_MAP -> null;
        };
    }

    /** The name of a method generated code calls, checked to be one it calls rather than overrides. */
    String call() {
        if (use != Use.CALL && use != Use.STATIC && use != Use.INHERITED) {
            throw new IllegalStateException(this + " is not called by generated code but " + use);
        }
        return method;
    }

    /** The name of a method a generated subclass overrides, checked to be one. */
    String override() {
        if (use != Use.OVERRIDE) {
            throw new IllegalStateException(this + " is not overridden by generated code but " + use);
        }
        return method;
    }
}
