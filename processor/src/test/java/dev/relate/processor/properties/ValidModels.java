package dev.relate.processor.properties;

import dev.relate.processor.properties.Model.Ann;
import dev.relate.processor.properties.Model.Assoc;
import dev.relate.processor.properties.Model.Cls;
import dev.relate.processor.properties.Model.End;
import dev.relate.processor.properties.Model.Field;
import dev.relate.processor.properties.Model.Kind;
import dev.relate.processor.properties.Model.Rel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * Builds models that are valid by construction: every relationship kind (one-to-many, one-to-one,
 * many-to-many, association objects), declared with backPopulates on both ends, with backref from
 * either end, or one way; self-references, several relationships between two classes, classes
 * in one package or spread over several, top-level, nested and inner classes, fields inherited
 * from a base class, every supported collection type (custom ones too), fields of every
 * visibility, private fields with accessors, transient, volatile, final and deprecated fields,
 * deprecated classes,
 * ids of every supported kind for association tables, and class and field names that shadow
 * what generated code uses.
 */
final class ValidModels {
    static final String REL = "dev.relate.";

    private static final List<String> NAMES = List.of(
            "Parent", "Child", "Node", "Order", "Line", "Team", "Member", "Author", "Book", "Tag", "Post", "Person",
            "Group", "Course", "Student", "Item", "Box", "Owner", "Pet", "Car", "Wheel", "Page", "Note", "Folder",
            "Task", "Project", "Account", "Address", "City", "Country", "Player", "Club", "Song", "Playlist");
    /** Names that shadow java.lang, java.util, the runtime, and what generated code imports. */
    private static final List<String> TRICKY_NAMES = List.of(
            "String", "Object", "List", "Set", "Collection", "Override", "Generated", "Views", "Links",
            "OneToManyEnd", "OneToOneEnd", "ManyToManyEnd", "OneWayCollectionEnd", "LinkTable", "Associations",
            "Integer", "Long", "UUID", "Connection", "Iterable", "System", "Deprecated", "SuppressWarnings",
            "Comparator", "Objects", "ArrayList", "TreeSet", "LinkedHashSet", "Class", "Entry", "URL", "X", "A",
            "ABc", "Problems", "LiveList", "CollectionEnd", "Map", "Iterator", "Math", "Runtime", "Void", "Enum",
            "AssociationObjectTable", "SQLException", "PreparedStatement", "ResultSet", "Statement", "Arrays",
            "Collections", "Optional", "Boolean", "Character", "Number", "NavigableSet", "SortedSet", "HashSet",
            "LiveSet", "LiveNavigableSet", "LiveSortedSet", "LiveCollection", "Function", "Consumer", "Predicate",
            "Supplier", "Types", "Javax", "Java", "Dev", "Relate", "BigDecimal", "LocalDate", "Backref",
            "ManyToOneRel", "OneToManyRel", "ManyToManyRel", "AssociationObject", "Iterables", "Thread", "Record",
            "Short", "Double", "Float", "Byte", "State", "LocalDateTime", "OffsetDateTime", "LocalTime");
    /** Classes of the JDK that a one-way end may hold, and how the helpers' test makes one. */
    static final List<String> EXTERNAL = List.of("java.lang.Thread", "java.lang.Number", "java.lang.String",
            "java.lang.Integer", "java.lang.Object", "java.lang.Thread.State", "java.util.UUID", "java.time.LocalDate",
            "java.lang.Character", "java.lang.Short");
    private static final List<String> ASSOCIATION_NAMES = List.of(
            "Membership", "Enrollment", "Link", "Edge", "Entry", "Assignment", "Rating", "Vote", "Contract");
    private static final List<String> HOLDER_NAMES = List.of("Outer", "Holder", "Domain", "Api", "Model");
    private static final List<String> SCALAR_NAMES = List.of(
            "parent", "owner", "next", "previous", "partner", "source", "target", "head", "manager", "leader", "home",
            "holder", "left", "right", "element", "value", "other", "association", "self", "it");
    private static final List<String> COLLECTION_NAMES = List.of(
            "children", "items", "members", "elements", "values", "links", "rights", "lefts", "nodes", "others",
            "entries", "parts", "tags", "followers", "friends", "rows", "all", "list", "set", "collection");
    /** Field names that shadow what generated code names: its parameters, locals, methods and constants. */
    private static final List<String> TRICKY_FIELDS = List.of(
            "x", "aB", "URL", "a_b", "$ref", "x1", "ID2", "owner2", "element", "collection", "size", "hashCode",
            "getClass", "result", "connection", "rows", "statement", "left", "right", "association", "lefts",
            "rights", "inverse", "end", "view", "views", "created", "E", "T", "O", "PARENT", "toString", "equals",
            "clazz", "type", "name", "table", "NAME", "CREATE_SQL", "LEFT_COLUMN", "link", "find", "state", "thread");
    /**
     * Field names that are helper names: {@code link} and {@code find}, {@code unlink} outside an
     * association class, or ending in * the name of a helper of another field of the class:
     * {@code addTo*} beside {@code items} is {@code addToItems}, an overload of that helper.
     */
    private static final List<String> HELPER_FIELDS = List.of("unlink", "link", "find", "addTo*", "removeFrom*",
            "set*");
    private static final List<String> EXTRA_NAMES = List.of(
            "note", "weight", "since", "score", "label", "createdOn", "position", "amount", "priority", "kind");
    private static final List<String> EXTRA_TYPES = List.of(
            "java.lang.String", "int", "long", "short", "double", "float", "boolean", "java.lang.Integer",
            "java.lang.Long", "java.lang.Short", "java.lang.Double", "java.lang.Float", "java.lang.Boolean",
            "java.math.BigDecimal", "java.util.UUID", "java.time.LocalDate", "java.time.LocalTime",
            "java.time.LocalDateTime", "java.time.OffsetDateTime");
    private static final List<String> COLUMNS = List.of(
            "owner_id", "member_id", "src_id", "dst_id", "lhs", "rhs", "a_id", "b_id", "LEFT_ID", "Right_Id");

    private ValidModels() {
    }

    static Model build(List<Integer> values, String prefix) {
        Builder builder = new Builder(new Choices(values), prefix);
        builder.mapEnds = true;
        return builder.build();
    }

    /** The builder of one model; it keeps what a mutation needs to know about it. */
    static final class Builder {
        final Choices c;
        final Model m;
        final List<String> packages = new ArrayList<>();
        boolean multi;
        boolean tricky;
        boolean deprecated;
        final List<Cls> entities = new ArrayList<>();
        private final Set<String> classKeys = new HashSet<>();
        private final Set<String> simpleNames = new HashSet<>();
        private int tables;
        private Cls serials;
        private final List<Cls> customCollections = new ArrayList<>();
        /**
         * Whether some one-to-many collections become map ends ({@code key = "mapKey"}): for valid
         * models only, where each such end must work; which ones is decided from their names, with no
         * choice of its own, so that the other choices build the same models as without map ends.
         */
        boolean mapEnds;

        Builder(Choices c, String prefix) {
            this.c = c;
            this.m = new Model(prefix);
        }

        Model build() {
            int packageCount = 1 + c.weighted(60, 30, 10);
            packages.add(m.prefix);
            packages.add(m.prefix + ".sub");
            packages.add(m.prefix + ".other.deep");
            packages.subList(packageCount, packages.size()).clear();
            multi = packageCount > 1;
            tricky = c.chance(15);
            deprecated = c.chance(5);
            m.notes.add("packages " + packages + (tricky ? ", tricky names" : "") + (deprecated ? ", deprecated" : ""));
            int count = 1 + c.choose(4);
            for (int i = 0; i < count; i++) {
                entities.add(entity());
            }
            int relationships = 1 + c.weighted(30, 30, 25, 15);
            for (int i = 0; i < relationships; i++) {
                Cls a = c.pick(entities);
                Cls b = c.chance(25) ? a : c.pick(entities);
                if (c.chance(10)) {
                    external(a);
                    continue;
                }
                if (!m.assocs.isEmpty() && c.chance(15)) {
                    // an association class holding an end of its own besides its two: a one-way collection
                    oneToMany(c.pick(m.assocs).type, b, "ONE_WAY_ONE");
                    continue;
                }
                switch (c.weighted(35, 20, 25, 20)) {
                    case 0 -> oneToMany(a, b, c.pick("BACK_POPULATES", "BACKREF_ONE", "BACKREF_MANY", "ONE_WAY_ONE",
                            "ONE_WAY_MANY"));
                    case 1 -> oneToOne(a, b, c.pick("BACK_POPULATES", "BACKREF_ONE", "BACKREF_MANY", "ONE_WAY_ONE",
                            "ONE_WAY_MANY"));
                    case 2 -> manyToMany(a, b, c.pick("BACK_POPULATES", "BACKREF", "ONE_WAY"));
                    default -> association(a, b);
                }
            }
            for (Cls entity : entities) {
                decoys(entity);
            }
            finish();
            for (Rel rel : m.rels) {
                m.notes.add(rel.toString());
            }
            return m;
        }

        // ---- classes

        private String className(String pkg, Cls outer, List<String> pool) {
            List<String> names = tricky && c.chance(50) ? TRICKY_NAMES : pool;
            String base = c.pick(names);
            for (int i = 1; ; i++) {
                String name = i == 1 ? base : base + i;
                String key = pkg + "." + (outer == null ? "" : outer.qualified() + ".") + name;
                boolean clashesWithOuter = false;
                for (Cls enclosing = outer; enclosing != null; enclosing = enclosing.outer) {
                    clashesWithOuter |= enclosing.name.equals(name);
                }
                // the same simple name in two packages is fine, and tricky; within one model once otherwise
                boolean sameName = simpleNames.contains(name) && !tricky;
                if (!classKeys.contains(key) && !clashesWithOuter && !sameName
                        && !classKeys.contains(pkg + "." + name)) {
                    classKeys.add(key);
                    classKeys.add(pkg + "." + name);
                    simpleNames.add(name);
                    return name;
                }
            }
        }

        Cls newClass(String pkg, Cls outer, List<String> pool) {
            Cls cls = new Cls(pkg, className(pkg, outer, pool));
            cls.outer = outer;
            cls.deprecated = deprecated;
            cls.visibility = multi ? "public" : outer == null ? c.pick("public", "") : c.pick("public", "", "protected");
            m.classes.add(cls);
            return cls;
        }

        private Cls entity() {
            String pkg = c.pick(packages);
            Cls outer = null;
            boolean isStatic = true;
            int nesting = c.weighted(70, 20, 10);
            if (nesting > 0) {
                List<Cls> candidates = new ArrayList<>();
                for (Cls cls : m.classes) {
                    if (cls.pkg.equals(pkg) && !cls.association && !cls.isInner() && cls.base == null
                            && !cls.isAbstract && cls.superclass == null && (cls.entity || cls.name.length() > 0)) {
                        candidates.add(cls);
                    }
                }
                if (candidates.isEmpty() || c.chance(30)) {
                    outer = newClass(pkg, null, HOLDER_NAMES);
                } else {
                    outer = c.pick(candidates);
                }
                isStatic = nesting == 1;
            }
            Cls cls = newClass(pkg, outer, NAMES);
            cls.isStatic = isStatic;
            cls.entity = true;
            if (c.chance(15)) {
                Cls base = newClass(pkg, null, List.of(cls.name + "Base"));
                base.isAbstract = c.chance(50);
                cls.base = base;
                cls.superclass = base.qualified();
            }
            return cls;
        }

        /** Classes whose generated code uses the fields: where their fields must be visible from. */
        private Set<String> packagesOf(Cls... classes) {
            Set<String> result = new TreeSet<>();
            for (Cls cls : classes) {
                result.add(cls.pkg);
            }
            return result;
        }

        // ---- fields

        private String fieldName(Cls holder, Cls target, boolean collection) {
            String base;
            int source = c.weighted(50, 35, tricky ? 15 : 0, 8);
            if (source == 0) {
                String name = target.name;
                base = name.length() > 1 && Character.isUpperCase(name.charAt(1)) ? name
                        : Character.toLowerCase(name.charAt(0)) + name.substring(1);
                if (collection) {
                    base = base + "s";
                }
            } else if (source == 1) {
                base = c.pick(collection ? COLLECTION_NAMES : SCALAR_NAMES);
            } else if (source == 2) {
                base = c.pick(TRICKY_FIELDS);
            } else {
                base = helperName(holder, c.pick(HELPER_FIELDS));
            }
            if (SourceVersion.isKeyword(base)) {
                base = base + "Ref"; // Class gives class, a keyword
            }
            return unique(holder, base);
        }

        /** {@code addTo*} as the name of the helper of one of the holder's fields: {@code addToItems}. */
        private String helperName(Cls holder, String name) {
            if (!name.endsWith("*")) {
                return name;
            }
            String helper = name.substring(0, name.length() - 1);
            return holder.fields.isEmpty() ? helper + "Items" : helper + c.pick(holder.fields).capitalized();
        }

        /** A name no field of the class, its base or its subclasses has. */
        String unique(Cls holder, String base) {
            // id and serial are the model's own; a field named like a package would obscure it in expressions
            Set<String> taken = new HashSet<>(List.of("id", "serial", "last", "mapKey", "java", "javax", "dev", m.prefix));
            for (Cls cls : m.classes) {
                if (cls == holder || cls == holder.base || cls.base == holder) {
                    for (Field field : cls.fields) {
                        taken.add(field.name);
                    }
                }
            }
            Set<String> capitalized = new HashSet<>();
            for (String name : taken) {
                capitalized.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            }
            for (int i = 1; ; i++) {
                String name = i == 1 ? base : base + i;
                // items and Items would both give addToItems: relate does not tell them apart (yet)
                if (!taken.contains(name) && !capitalized.contains(Character.toUpperCase(name.charAt(0))
                        + name.substring(1)) && !(holder.association && name.equals("unlink"))) {
                    return name;
                }
            }
        }

        /** Declares the field in the entity, or in its base class. */
        private Cls place(Cls holder, Field field, boolean mayUseBase) {
            Cls declaring = mayUseBase && holder.base != null && c.chance(35) ? holder.base : holder;
            declaring.fields.add(field);
            return declaring;
        }

        /** A collection type of the element class, and how to create one. */
        private void collectionType(Field field, Cls owner, Cls element) {
            String e = element.qualified();
            int kind = c.choose(12);
            if (element.external && kind >= 7) {
                kind = 0; // a sorted set of a JDK class that is not Comparable, or a custom collection: keep it simple
            }
            String[] type = switch (kind) {
                case 0 -> new String[] {"java.util.List<" + e + ">", "new java.util.ArrayList<>()"};
                case 1 -> new String[] {"java.util.ArrayList<" + e + ">", "new java.util.ArrayList<>()"};
                case 2 -> new String[] {"java.util.Set<" + e + ">", c.pick("new java.util.LinkedHashSet<>()",
                        "new java.util.HashSet<>()")};
                case 3 -> new String[] {"java.util.HashSet<" + e + ">", "new java.util.HashSet<>()"};
                case 4 -> new String[] {"java.util.LinkedHashSet<" + e + ">", "new java.util.LinkedHashSet<>()"};
                case 5 -> new String[] {"java.util.Collection<" + e + ">", "new java.util.ArrayList<>()"};
                case 6 -> new String[] {"java.util.LinkedList<" + e + ">", "new java.util.LinkedList<>()"};
                case 7 -> sorted(element, "java.util.SortedSet<" + e + ">");
                case 8 -> sorted(element, "java.util.NavigableSet<" + e + ">");
                case 9 -> sorted(element, "java.util.TreeSet<" + e + ">");
                case 10 -> customCollection(owner, element, false);
                default -> customCollection(owner, element, true);
            };
            field.type = type[0];
            field.init = type[1];
        }

        private String[] sorted(Cls element, String type) {
            element.comparable = true;
            return new String[] {type, "new java.util.TreeSet<>()"};
        }

        /** A class of the model that extends a JDK collection, generic or not. */
        private String[] customCollection(Cls owner, Cls element, boolean generic) {
            String base = c.pick("java.util.ArrayList", "java.util.LinkedHashSet", "java.util.TreeSet",
                    "java.util.HashSet", "java.util.LinkedList");
            if (base.equals("java.util.TreeSet")) {
                element.comparable = true;
            }
            if (generic) {
                for (Cls existing : customCollections) {
                    if (existing.typeParams.equals("<E>") && existing.superclass.equals(base + "<E>")
                            && (existing.pkg.equals(owner.pkg) || multi)) {
                        return new String[] {existing.qualified() + "<" + element.qualified() + ">",
                                "new " + existing.qualified() + "<>()"};
                    }
                }
            }
            Cls cls = newClass(owner.pkg, null, List.of(generic ? "Bag" : element.name + "Collection"));
            cls.visibility = multi ? "public" : c.pick("public", "");
            cls.typeParams = generic ? "<E>" : "";
            cls.superclass = base + "<" + (generic ? "E" : element.qualified()) + ">";
            cls.members.add(List.of("private static final long serialVersionUID = 1L;"));
            customCollections.add(cls);
            return generic
                    ? new String[] {cls.qualified() + "<" + element.qualified() + ">", "new " + cls.qualified() + "<>()"}
                    : new String[] {cls.qualified(), "new " + cls.qualified() + "()"};
        }

        /**
         * How generated code reaches the field: directly, visible from every package given, or
         * through accessors visible there. A scalar end needs a setter; a collection end without
         * one (or final) must be initialized.
         */
        private void access(Field field, Set<String> needed, boolean collection) {
            boolean single = needed.size() == 1;
            int how = c.weighted(60, 30, 10);
            if (how == 0) {
                field.visibility = single ? c.pick("", "protected", "public") : "public";
            } else {
                field.visibility = how == 1 || single ? "private" : c.pick("", "protected");
                field.getter = single ? c.pick("public", "") : "public";
                if (!collection || c.chance(50)) {
                    field.setter = single ? c.pick("public", "", "protected") : "public";
                }
            }
            boolean writable = how == 0 || field.setter != null;
            if (collection && how == 0 && c.chance(10)) {
                field.isFinal = true;
                writable = false;
            }
            if (!field.isFinal) {
                if (c.chance(8)) {
                    field.isTransient = true;
                }
                if (c.chance(8)) {
                    field.isVolatile = true;
                }
            }
            if (collection && writable && c.chance(40)) {
                field.init = null;
            }
            // javac warns about a deprecated member only outside its class: here, in generated code alone
            field.deprecated = !deprecated && c.chance(5);
        }

        Field collectionEnd(Cls holder, Cls element, Set<String> needed, boolean mayUseBase) {
            Field field = new Field(fieldName(holder, element, true), null);
            collectionType(field, holder, element);
            access(field, needed, true);
            place(holder, field, mayUseBase);
            return field;
        }

        Field scalarEnd(Cls holder, Cls target, Set<String> needed, boolean mayUseBase) {
            Field field = new Field(fieldName(holder, target, false), target.qualified());
            access(field, needed, false);
            place(holder, field, mayUseBase);
            return field;
        }

        /** A name as an annotation value: mostly plain, sometimes padded or concatenated. */
        private String nameValue(String name) {
            if (tricky && c.chance(20)) {
                return c.pick(Model.quote(" " + name), Model.quote(name + " "),
                        name.length() > 1 ? Model.quote(name.substring(0, 1)) + " + " + Model.quote(name.substring(1))
                                : Model.quote(name));
            }
            return Model.quote(name);
        }

        private Ann backPopulates(String type, String other) {
            return new Ann(REL + type).with("backPopulates", nameValue(other));
        }

        private Ann backref(String type, String other) {
            return new Ann(REL + type).with("backref", nameValue(other));
        }

        private void marker(Field field) {
            if (c.chance(40)) {
                field.anns.add(new Ann(REL + "Backref"));
            }
        }

        // ---- relationships

        private void oneToMany(Cls one, Cls many, String style) {
            Rel rel = new Rel(Kind.ONE_TO_MANY, style);
            rel.aClass = one;
            rel.bClass = many;
            boolean hasCollection = !style.equals("ONE_WAY_MANY");
            boolean hasScalar = !style.equals("ONE_WAY_ONE");
            Set<String> needed = hasCollection && hasScalar ? packagesOf(one, many)
                    : hasCollection ? packagesOf(one) : packagesOf(many);
            Field collection = hasCollection ? collectionEnd(one, many, needed, true) : null;
            Field scalar = hasScalar ? scalarEnd(many, one, needed, true) : null;
            rel.a = collection == null ? null : new End(one, collection, true);
            rel.b = scalar == null ? null : new End(many, scalar, false);
            String keyed = mapEnds && (style.equals("BACK_POPULATES") || style.equals("BACKREF_ONE"))
                    && Math.floorMod((collection.name + many.name).hashCode(), 4) == 0 ? mapEnd(collection, many) : null;
            switch (style) {
                case "BACK_POPULATES" -> {
                    collection.anns.add(0, backPopulates("OneToManyRel", scalar.name));
                    if (c.chance(15)) {
                        collection.ann().with("uselist", "true");
                    }
                    scalar.anns.add(0, backPopulates("ManyToOneRel", collection.name));
                    rel.declared = c.chance(50) ? rel.a : rel.b;
                }
                case "BACKREF_ONE" -> {
                    collection.anns.add(backref("OneToManyRel", scalar.name));
                    marker(scalar);
                    rel.declared = rel.a;
                }
                case "BACKREF_MANY" -> {
                    scalar.anns.add(backref("ManyToOneRel", collection.name));
                    marker(collection);
                    rel.declared = rel.b;
                }
                case "ONE_WAY_ONE" -> {
                    collection.anns.add(new Ann(REL + "OneToManyRel"));
                    rel.declared = rel.a;
                }
                default -> {
                    scalar.anns.add(new Ann(REL + "ManyToOneRel"));
                    rel.declared = rel.b;
                }
            }
            if (keyed != null) {
                collection.ann().withString("key", keyed);
                m.notes.add(collection.name + " is a map keyed by " + many.name + "." + keyed);
            }
            m.rels.add(rel);
        }

        /**
         * Makes a collection end a map end of {@code many} under a key field of its own, a unique
         * number each object takes when created, read directly (public); a hash map or a sorted map,
         * by the names again.
         *
         * @return the key field's name
         */
        private String mapEnd(Field collection, Cls many) {
            boolean sorted = Math.floorMod((many.name + collection.name).hashCode(), 2) == 0;
            String element = many.qualified();
            collection.type = (sorted ? "java.util.SortedMap" : "java.util.Map") + "<java.lang.Integer, " + element
                    + ">";
            if (collection.init != null) {
                collection.init = sorted ? "new java.util.TreeMap<>()" : "new java.util.HashMap<>()";
            }
            if (many.field("mapKey") == null) {
                Field key = new Field("mapKey", "int");
                key.visibility = "public";
                key.isFinal = true;
                key.init = serials().qualified() + ".next()";
                many.fields.add(0, key);
            }
            return "mapKey";
        }

        private void oneToOne(Cls one, Cls other, String style) {
            Rel rel = new Rel(Kind.ONE_TO_ONE, style);
            rel.aClass = one;
            rel.bClass = other;
            boolean hasOne = !style.equals("ONE_WAY_MANY");
            boolean hasOther = !style.equals("ONE_WAY_ONE");
            Set<String> needed = hasOne && hasOther ? packagesOf(one, other)
                    : hasOne ? packagesOf(one) : packagesOf(other);
            Field a = hasOne ? scalarEnd(one, other, needed, true) : null;
            Field b = hasOther ? scalarEnd(other, one, needed, true) : null;
            rel.a = a == null ? null : new End(one, a, false);
            rel.b = b == null ? null : new End(other, b, false);
            switch (style) {
                case "BACK_POPULATES" -> {
                    a.anns.add(0, uselistFalse(backPopulates("OneToManyRel", b.name)));
                    b.anns.add(0, backPopulates("ManyToOneRel", a.name));
                    rel.declared = c.chance(50) ? rel.a : rel.b;
                }
                case "BACKREF_ONE" -> {
                    a.anns.add(uselistFalse(backref("OneToManyRel", b.name)));
                    marker(b);
                    rel.declared = rel.a;
                }
                case "BACKREF_MANY" -> {
                    b.anns.add(backref("ManyToOneRel", a.name));
                    marker(a);
                    rel.declared = rel.b;
                }
                case "ONE_WAY_ONE" -> {
                    a.anns.add(uselistFalse(new Ann(REL + "OneToManyRel")));
                    rel.declared = rel.a;
                }
                default -> {
                    b.anns.add(new Ann(REL + "ManyToOneRel"));
                    rel.declared = rel.b;
                }
            }
            m.rels.add(rel);
        }

        /** A one-way end holding a class of the JDK, or a collection of them. */
        private void external(Cls holder) {
            String name = c.pick(EXTERNAL);
            Cls target = externalClass(name);
            switch (c.choose(3)) {
                case 0 -> oneToMany(holder, target, "ONE_WAY_ONE");
                case 1 -> oneToMany(target, holder, "ONE_WAY_MANY");
                default -> oneToOne(holder, target, "ONE_WAY_ONE");
            }
        }

        private Cls externalClass(String qualified) {
            int split = qualified.lastIndexOf('.');
            Cls cls = new Cls(qualified.substring(0, split), qualified.substring(split + 1));
            if (qualified.equals("java.lang.Thread.State")) {
                cls.pkg = "java.lang";
                cls.outer = externalClass("java.lang.Thread");
            }
            cls.external = true;
            return cls;
        }

        private Ann uselistFalse(Ann ann) {
            if (c.chance(50) && !ann.attrs.isEmpty()) {
                // uselist first, as some write it
                Ann first = new Ann(ann.type).with("uselist", "false");
                first.attrs.putAll(ann.attrs);
                return first;
            }
            return ann.with("uselist", "false");
        }

        private void manyToMany(Cls left, Cls right, String style) {
            Rel rel = new Rel(Kind.MANY_TO_MANY, style);
            rel.aClass = left;
            rel.bClass = right;
            boolean both = !style.equals("ONE_WAY");
            Set<String> needed = both ? packagesOf(left, right) : packagesOf(left);
            Field a = collectionEnd(left, right, needed, true);
            Field b = both ? collectionEnd(right, left, needed, true) : null;
            rel.a = new End(left, a, true);
            rel.b = b == null ? null : new End(right, b, true);
            // a one-way end belongs to the class declaring it, maybe the base class: the table stores its ids
            (both ? left : rel.a.declaring()).needsId = true;
            right.needsId = true;
            String secondary = tableName("t");
            String[] columns = c.chance(30) ? columns() : null;
            switch (style) {
                case "BACK_POPULATES" -> {
                    a.anns.add(0, table(backPopulates("ManyToManyRel", b.name), secondary, columns));
                    b.anns.add(0, table(backPopulates("ManyToManyRel", a.name), secondary, columns));
                    rel.declared = c.chance(50) ? rel.a : rel.b;
                }
                case "BACKREF" -> {
                    a.anns.add(table(backref("ManyToManyRel", b.name), secondary, columns));
                    marker(b);
                    rel.declared = rel.a;
                }
                default -> {
                    a.anns.add(table(new Ann(REL + "ManyToManyRel"), secondary, columns));
                    rel.declared = rel.a;
                }
            }
            m.rels.add(rel);
        }

        String tableName(String kind) {
            String name = m.prefix + "_" + kind + tables++;
            return tricky && c.chance(30) ? name.toUpperCase(Locale.ROOT) : name;
        }

        private String[] columns() {
            String left = c.pick(COLUMNS);
            String right = c.pick(COLUMNS);
            while (right.equalsIgnoreCase(left)) {
                right = c.pick(COLUMNS) + "2";
            }
            return new String[] {left, right};
        }

        private Ann table(Ann ann, String secondary, String[] columns) {
            Ann result = new Ann(ann.type).withString("secondary", secondary);
            result.attrs.putAll(ann.attrs);
            if (columns != null) {
                result.withString("leftColumn", columns[0]).withString("rightColumn", columns[1]);
            } else if (c.chance(10)) {
                result.withString("leftColumn", "left_id"); // the default, written out on one end only
            }
            return result;
        }

        private void association(Cls left, Cls right) {
            String pkg = c.chance(70) ? left.pkg : c.pick(packages);
            Cls outer = null;
            if (c.chance(20)) {
                outer = newClass(pkg, null, HOLDER_NAMES);
            }
            Cls type = newClass(pkg, outer, ASSOCIATION_NAMES);
            type.association = true;
            Assoc assoc = new Assoc();
            assoc.type = type;
            Set<String> needed = packagesOf(type, left, right);
            boolean self = left == right;
            // the ends in the association class, in the order declared
            Field leftEnd = scalarEnd(type, left, needed, false);
            Field rightEnd = scalarEnd(type, right, needed, false);
            boolean swapped = c.chance(30);
            if (swapped) {
                type.fields.remove(leftEnd);
                type.fields.add(leftEnd);
            }
            Ann annotation = new Ann(REL + "AssociationObject");
            int sides = self ? 1 + c.choose(3) : c.weighted(70, 10, 10, 10);
            if (swapped && sides == 0) {
                sides = 3; // the first declared is the left one by default: say which, or it is the other one
            }
            if (sides == 1 || sides == 3) {
                annotation.with("left", nameValue(leftEnd.name));
            }
            if (sides == 2 || sides == 3) {
                annotation.with("right", nameValue(rightEnd.name));
            }
            assoc.left = side(type, leftEnd, left, needed);
            assoc.right = side(type, rightEnd, right, needed);
            assoc.left.assoc = assoc;
            assoc.right.assoc = assoc;
            int constructors = c.weighted(60, 20, 10, 10);
            boolean visibleConstructor = true;
            switch (constructors) {
                case 1 -> {
                    String visibility = multi ? "public" : c.pick("public", "", "protected");
                    type.members.add(List.of((visibility.isEmpty() ? "" : visibility + " ") + type.name + "() {", "}"));
                    type.members.add(List.of("public " + type.name + "(" + left.qualified() + " first, "
                            + right.qualified() + " second) {", "}"));
                }
                case 2 -> type.members.add(List.of("public " + type.name + "(java.lang.String label) {", "}"));
                case 3 -> {
                    type.members.add(List.of("private " + type.name + "() {", "}"));
                    visibleConstructor = false;
                }
                default -> {
                }
            }
            assoc.creatable = !type.isInner() && constructors != 2 && visibleConstructor;
            for (int i = c.choose(4); i > 0; i--) {
                Field extra = new Field(unique(type, c.pick(EXTRA_NAMES)), c.pick(EXTRA_TYPES));
                if (multi || c.chance(70)) {
                    extra.visibility = multi ? "public" : c.pick("", "public", "protected");
                } else {
                    extra.visibility = "private";
                    extra.getter = "";
                    extra.setter = "";
                }
                extra.isTransient = c.chance(10);
                type.fields.add(extra);
            }
            if (assoc.creatable && c.chance(40)) {
                assoc.table = tableName("a");
                annotation.withString("table", assoc.table);
                if (c.chance(30)) {
                    String[] columns = columns();
                    annotation.withString("leftColumn", columns[0]).withString("rightColumn", columns[1]);
                }
                left.needsId = true;
                right.needsId = true;
            }
            type.anns.add(annotation);
            m.assocs.add(assoc);
        }

        /** One side of an association: its end in the association class and the collection of associations. */
        private Rel side(Cls type, Field end, Cls holder, Set<String> needed) {
            String style = c.pick("BACK_POPULATES", "BACKREF_MANY", "BACKREF_ONE");
            Rel rel = new Rel(Kind.ASSOCIATION_SIDE, style);
            rel.aClass = holder;
            rel.bClass = type;
            Field collection = collectionEnd(holder, type, needed, true);
            rel.a = new End(holder, collection, true);
            rel.b = new End(type, end, false);
            switch (style) {
                case "BACK_POPULATES" -> {
                    collection.anns.add(0, backPopulates("OneToManyRel", end.name));
                    end.anns.add(0, backPopulates("ManyToOneRel", collection.name));
                    rel.declared = c.chance(50) ? rel.a : rel.b;
                }
                case "BACKREF_MANY" -> {
                    end.anns.add(backref("ManyToOneRel", collection.name));
                    marker(collection);
                    rel.declared = rel.b;
                }
                default -> {
                    collection.anns.add(backref("OneToManyRel", end.name));
                    marker(end);
                    rel.declared = rel.a;
                }
            }
            m.rels.add(rel);
            return rel;
        }

        // ---- the rest

        /** Fields no relationship uses: they must not disturb anything. */
        private void decoys(Cls entity) {
            if (c.chance(30)) {
                Field label = new Field(unique(entity, "label"), "java.lang.String");
                label.visibility = c.pick("", "private", "public");
                entity.fields.add(label);
            }
            if (c.chance(15) && !entity.isInner()) {
                Field counter = new Field(unique(entity, "instances"), "int");
                counter.isStatic = true;
                entity.fields.add(counter);
            }
            if (c.chance(15)) {
                Field cached = new Field(unique(entity, "cached"), c.pick(entities).qualified());
                cached.isTransient = c.chance(50);
                entity.fields.add(cached);
            }
        }

        private void finish() {
            // base classes first: a subclass inherits an id its base has
            List<Cls> bases = new ArrayList<>();
            for (Cls cls : m.classes) {
                if (cls.base != null && cls.base.needsId) {
                    bases.add(cls.base);
                }
            }
            for (Cls base : bases) {
                id(base);
            }
            for (Cls cls : new ArrayList<>(m.classes)) {
                if (cls.needsId) {
                    id(cls);
                }
                if (cls.comparable) {
                    comparable(cls);
                }
            }
        }

        private void id(Cls cls) {
            for (Cls current = cls; current != null; current = current.base) {
                if (current.field("id") != null || current.members.stream().anyMatch(
                        member -> member.get(0).contains(" getId()"))) {
                    return; // its own, or inherited
                }
            }
            Cls declaring = cls.base != null && c.chance(30) ? cls.base : cls;
            String[] types = {"int", "long", "java.lang.String", "java.util.UUID", "java.lang.Integer", "java.lang.Long"};
            int style = c.weighted(60, 25, 15);
            String type = c.pick(types);
            if (style == 0) {
                Field id = new Field("id", type);
                id.visibility = multi ? "public" : c.pick("", "public", "protected");
                declaring.fields.add(0, id);
            } else if (style == 1) {
                Field id = new Field("id", type);
                id.visibility = "private";
                id.getter = multi ? "public" : c.pick("public", "");
                declaring.fields.add(0, id);
            } else {
                String value = switch (type) {
                    case "int", "java.lang.Integer" -> "7";
                    case "long", "java.lang.Long" -> "7L";
                    case "java.lang.String" -> "\"seven\"";
                    default -> "new java.util.UUID(0L, 7L)";
                };
                declaring.members.add(List.of((multi ? "public " : c.pick("public ", "")) + type + " getId() {",
                        "    return " + value + ";", "}"));
            }
        }

        /** The class that numbers objects, made when first needed. */
        private Cls serials() {
            if (serials == null) {
                serials = new Cls(m.prefix, "SerialNumbers");
                serials.deprecated = deprecated;
                serials.fields.add(staticCounter());
                serials.members.add(List.of("public static synchronized int next() {", "    return ++last;", "}"));
                m.classes.add(serials);
            }
            return serials;
        }

        private void comparable(Cls cls) {
            serials();
            cls.interfaces.add("java.lang.Comparable<" + cls.qualified() + ">");
            Field serial = new Field("serial", "int");
            serial.visibility = "private";
            serial.isFinal = true;
            serial.isTransient = true;
            serial.init = serials.qualified() + ".next()";
            cls.fields.add(0, serial);
        }

        private static Field staticCounter() {
            Field last = new Field("last", "int");
            last.visibility = "private";
            last.isStatic = true;
            return last;
        }
    }

    /** The packages of a model's classes, for reports. */
    static Set<String> packagesOf(Model model) {
        Set<String> packages = new LinkedHashSet<>();
        for (Cls cls : model.classes) {
            packages.add(cls.pkg);
        }
        return packages;
    }
}
