package dev.relate.processor.properties;

import dev.relate.processor.properties.Model.Ann;
import dev.relate.processor.properties.Model.Assoc;
import dev.relate.processor.properties.Model.Cls;
import dev.relate.processor.properties.Model.End;
import dev.relate.processor.properties.Model.Field;
import dev.relate.processor.properties.Model.Kind;
import dev.relate.processor.properties.Model.Rel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Turns a valid model into an invalid one in a known way, and says which errors must follow: a
 * name that points nowhere or at the wrong field, both backPopulates and backref, a static, final
 * or unreachable field, a raw, wildcard, array, primitive, map or other unfit type, uselist
 * against the type, the wrong annotation, ends that disagree on their table or columns, a bad SQL
 * name, a missing or unfit id, orphaned or doubly managed backrefs, broken association objects and
 * their tables, generic, private, local, anonymous and cross-package classes, records,
 * interfaces and enums holding ends, fields named like another helper of their class, types javac
 * cannot resolve, and annotations javac rejects.
 */
final class InvalidModels {
    /** Stands for any error of javac's own, without a relate id. */
    static final String JAVAC = "javac";

    /** Every error that a name pointing at the wrong field may cause first. */
    private static final String[] PAIRING = {"RelateMissingField", "RelateSelfInverse", "RelateOtherEndStatic",
        "RelateOtherEndNotDeclared", "RelateOtherEndIsBackref", "RelateEndKindMismatch", "RelateEndsDisagree",
        "RelateEndTypeMismatch", "RelateBackrefTargetDeclared", "RelateBackrefTargetType", "RelateBackrefTwice",
        "RelateRawCollection", "RelateWildcardCollection", "RelateUnsupportedCollection", "RelateNotAClass",
        "RelateGenericTarget", "RelateFinalScalar", "RelateAssociationEnds", "RelateAssociationEndOneWay",
        "RelateAssociationEndScalar", "RelateConflictingAnnotations", "RelateOrphanBackref", "RelatePrivateField"};

    private final ValidModels.Builder builder;
    private final Model m;
    private final Choices c;

    private InvalidModels(ValidModels.Builder builder, Choices c) {
        this.builder = builder;
        this.m = builder.m;
        this.c = c;
    }

    static Model build(List<Integer> modelChoices, List<Integer> mutationChoices, String prefix) {
        ValidModels.Builder builder = new ValidModels.Builder(new Choices(modelChoices), prefix);
        builder.build();
        new InvalidModels(builder, new Choices(mutationChoices)).mutate();
        return builder.m;
    }

    private void mutate() {
        Map<String, BooleanSupplier> all = new LinkedHashMap<>();
        all.put("missingName", this::missingName);
        all.put("wrongName", this::wrongName);
        all.put("both", this::both);
        all.put("staticEnd", this::staticEnd);
        all.put("finalScalar", this::finalScalar);
        all.put("privateWithoutAccessors", this::privateWithoutAccessors);
        all.put("rawType", this::rawType);
        all.put("wildcard", this::wildcard);
        all.put("array", this::array);
        all.put("primitive", this::primitive);
        all.put("unsupportedContainer", this::unsupportedContainer);
        all.put("scalarToCollection", this::scalarToCollection);
        all.put("collectionToScalar", this::collectionToScalar);
        all.put("uselistOnCollection", this::uselistOnCollection);
        all.put("uselistOffScalar", this::uselistOffScalar);
        all.put("kindSwap", this::kindSwap);
        all.put("secondaryMismatch", this::secondaryMismatch);
        all.put("columnsMismatch", this::columnsMismatch);
        all.put("sameColumns", this::sameColumns);
        all.put("badSqlName", this::badSqlName);
        all.put("noId", this::noId);
        all.put("unsupportedId", this::unsupportedId);
        all.put("orphanBackref", this::orphanBackref);
        all.put("backrefTargetDeclared", this::backrefTargetDeclared);
        all.put("otherEndNotDeclared", this::otherEndNotDeclared);
        all.put("thirdEnd", this::thirdEnd);
        all.put("associationSides", this::associationSides);
        all.put("associationEndOneWay", this::associationEndOneWay);
        all.put("associationEndScalar", this::associationEndScalar);
        all.put("notCreatable", this::notCreatable);
        all.put("badColumn", this::badColumn);
        all.put("tableShared", this::tableShared);
        all.put("genericTarget", this::genericTarget);
        all.put("genericOwner", this::genericOwner);
        all.put("privateClass", this::privateClass);
        all.put("localClass", this::localClass);
        all.put("oddHolder", this::oddHolder);
        all.put("unresolved", this::unresolved);
        all.put("annotationMisuse", this::annotationMisuse);
        all.put("typeMismatch", this::typeMismatch);
        all.put("selfInverse", this::selfInverse);
        all.put("duplicateDeclaration", this::duplicateDeclaration);
        all.put("conflicting", this::conflicting);
        all.put("crossPackageField", this::crossPackageField);
        all.put("crossPackageClass", this::crossPackageClass);
        all.put("namedLikeAHelper", this::namedLikeAHelper);

        // in a random order, the first that applies: each applicable mutation as likely as the others
        List<String> kinds = new ArrayList<>(all.keySet());
        for (int i = kinds.size() - 1; i > 0; i--) {
            Collections.swap(kinds, i, c.choose(i + 1));
        }
        for (String kind : kinds) {
            if (all.get(kind).getAsBoolean()) {
                m.mutationKind = kind;
                m.notes.add("mutated (" + kind + "): " + m.mutation);
                return;
            }
        }
        throw new IllegalStateException("no mutation applies to " + m.prefix);
    }

    private boolean set(String mutation, String... ids) {
        m.mutation = mutation;
        m.expected = new TreeSet<>(List.of(ids));
        return true;
    }

    // ---- what the model has

    private List<End> ends() {
        List<End> ends = new ArrayList<>();
        for (Rel rel : m.rels) {
            for (End end : new End[] {rel.a, rel.b}) {
                if (end != null && !ends.contains(end)) {
                    ends.add(end);
                }
            }
        }
        return ends;
    }

    private List<End> annotated() {
        return ends().stream().filter(end -> end.field().ann() != null).toList();
    }

    private List<End> naming() {
        return annotated().stream().filter(end -> other(end.field().ann()) != null).toList();
    }

    private static String other(Ann ann) {
        return ann.attrs.containsKey("backPopulates") ? "backPopulates"
                : ann.attrs.containsKey("backref") ? "backref" : null;
    }

    private Rel relOf(End end) {
        for (Rel rel : m.rels) {
            if (rel.a == end || rel.b == end) {
                return rel;
            }
        }
        throw new IllegalStateException();
    }

    private <T> T pick(List<T> options) {
        return options.isEmpty() ? null : c.pick(options);
    }

    private String name(String base) {
        return base + m.prefix.substring(1);
    }

    // ---- names

    private boolean missingName() {
        End end = pick(naming());
        if (end == null) {
            return false;
        }
        Ann ann = end.field().ann();
        String attribute = other(ann);
        Rel rel = relOf(end);
        Cls target = end == rel.a ? rel.bClass : rel.aClass;
        String name = c.pick("missing", end.field().name + "s", end.field().name.toUpperCase(Locale.ROOT),
                rel.other(end) == null ? "gone" : rel.other(end).field().name + "_");
        while (target.field(name) != null) {
            name = name + "X";
        }
        ann.withString(attribute, name);
        return set("the " + attribute + " of " + describe(end) + " names a missing field", "RelateMissingField");
    }

    private boolean wrongName() {
        End end = pick(naming());
        if (end == null) {
            return false;
        }
        Rel rel = relOf(end);
        End partner = rel.other(end);
        Cls target = end == rel.a ? rel.bClass : rel.aClass;
        List<String> wrong = new ArrayList<>();
        for (Cls cls = target; cls != null; cls = cls.base) {
            for (Field field : cls.fields) {
                boolean fitsUnmanaged = field.name.startsWith("cached");
                if ((partner == null || field != partner.field()) && !fitsUnmanaged && !field.name.equals("serial")) {
                    wrong.add(field.name);
                }
            }
        }
        if (wrong.isEmpty()) {
            return false;
        }
        String name = c.pick(wrong);
        end.field().ann().withString(other(end.field().ann()), name);
        return set("the " + other(end.field().ann()) + " of " + describe(end) + " names " + name
                + ", not its other end", PAIRING);
    }

    private boolean both() {
        End end = pick(naming());
        if (end == null) {
            return false;
        }
        Ann ann = end.field().ann();
        String value = ann.attrs.get(other(ann));
        ann.with(other(ann).equals("backref") ? "backPopulates" : "backref", c.pick(value, Model.quote("other")));
        return set(describe(end) + " gives both backPopulates and backref", "RelateBackrefAndBackPopulates");
    }

    private boolean selfInverse() {
        List<End> candidates = new ArrayList<>();
        for (End end : naming()) {
            Rel rel = relOf(end);
            if (rel.aClass == rel.bClass) {
                candidates.add(end);
            }
        }
        End end = pick(candidates);
        if (end == null) {
            return false;
        }
        end.field().ann().withString(other(end.field().ann()), end.field().name);
        return set(describe(end) + " names itself", "RelateSelfInverse");
    }

    // ---- modifiers and access

    private boolean staticEnd() {
        End end = pick(ends());
        if (end == null) {
            return false;
        }
        end.field().isStatic = true;
        end.field().isVolatile = false;
        return set(describe(end) + " is static", "RelateStaticField", "RelateOtherEndStatic");
    }

    private boolean finalScalar() {
        End end = pick(ends().stream().filter(e -> !e.collection()).toList());
        if (end == null) {
            return false;
        }
        Field field = end.field();
        field.isFinal = true;
        field.isVolatile = false;
        field.init = "null";
        field.setter = null;
        return set(describe(end) + " is final", "RelateFinalScalar");
    }

    private boolean privateWithoutAccessors() {
        End end = pick(ends());
        if (end == null) {
            return false;
        }
        Field field = end.field();
        field.visibility = "private";
        int which = c.choose(2);
        if (which == 0 || field.getter == null) {
            field.getter = null;
            field.setter = end.collection() ? field.setter : null;
        } else if (!end.collection()) {
            field.setter = null; // a scalar end needs both
        } else {
            field.getter = null;
        }
        return set(describe(end) + " is private without its accessors", "RelatePrivateField");
    }

    private boolean crossPackageField() {
        List<End> candidates = new ArrayList<>();
        for (Rel rel : m.rels) {
            Set<String> packages = new TreeSet<>();
            if (rel.assoc != null) {
                packages.add(rel.assoc.type.pkg);
                packages.add(rel.assoc.left.aClass.pkg);
                packages.add(rel.assoc.right.aClass.pkg);
            } else if (rel.a != null && rel.b != null) {
                packages.add(rel.aClass.pkg);
                packages.add(rel.bClass.pkg);
            }
            for (End end : new End[] {rel.a, rel.b}) {
                if (end != null && packages.size() > 1 && end.field().visibility.equals("public")
                        && end.field().getter == null) {
                    candidates.add(end);
                }
            }
        }
        End end = pick(candidates);
        if (end == null) {
            return false;
        }
        end.field().visibility = c.pick("", "protected");
        return set(describe(end) + " is not visible from the other packages", "RelatePrivateField");
    }

    // ---- types

    private boolean rawType() {
        End end = pick(ends().stream().filter(e -> e.collection() && e.field().type.endsWith(">")).toList());
        if (end == null) {
            return false;
        }
        Field field = end.field();
        field.type = field.type.substring(0, field.type.indexOf('<'));
        return set(describe(end) + " is a raw collection", "RelateRawCollection");
    }

    private boolean wildcard() {
        End end = pick(ends().stream().filter(e -> e.collection() && e.field().type.endsWith(">")).toList());
        if (end == null) {
            return false;
        }
        Field field = end.field();
        String element = field.type.substring(field.type.indexOf('<') + 1, field.type.length() - 1);
        field.type = field.type.substring(0, field.type.indexOf('<') + 1)
                + c.pick("? extends " + element, "? super " + element, "?") + ">";
        return set(describe(end) + " has a wildcard", "RelateWildcardCollection");
    }

    private boolean array() {
        End end = pick(ends());
        if (end == null) {
            return false;
        }
        Rel rel = relOf(end);
        Field field = end.field();
        field.type = (end == rel.a ? rel.bClass : rel.aClass).qualified() + c.pick("[]", "[][]");
        field.init = null;
        field.isFinal = false;
        return set(describe(end) + " is an array", "RelateNotAClass", "RelateBackrefTargetType");
    }

    private boolean primitive() {
        End end = pick(ends());
        if (end == null) {
            return false;
        }
        Field field = end.field();
        field.type = c.pick("int", "boolean", "long", "double");
        field.init = null;
        field.isFinal = false;
        return set(describe(end) + " is a primitive", "RelateNotAClass", "RelateBackrefTargetType");
    }

    private boolean unsupportedContainer() {
        End end = pick(ends().stream().filter(End::collection).toList());
        if (end == null) {
            return false;
        }
        Rel rel = relOf(end);
        String element = (end == rel.a ? rel.bClass : rel.aClass).qualified();
        Field field = end.field();
        field.type = c.pick("java.util.Map<java.lang.String, " + element + ">", "java.util.Queue<" + element + ">",
                "java.util.Deque<" + element + ">", "java.util.ArrayDeque<" + element + ">",
                "java.lang.Iterable<" + element + ">", "java.util.Optional<" + element + ">",
                "java.util.concurrent.BlockingQueue<" + element + ">", "java.util.Map<" + element + ", "
                        + element + ">");
        field.init = null;
        field.isFinal = false;
        if (field.type.startsWith("java.util.Map<")) {
            // a map end needs key = "...", which no mutated declaration has, and only a one-to-many can be one
            return set(describe(end) + " is a Map without a key", "RelateMapWithoutKey", "RelateMapUnsupported",
                    "RelateGenericTarget", "RelateBackrefTargetType");
        }
        return set(describe(end) + " is no supported collection", "RelateUnsupportedCollection",
                "RelateGenericTarget", "RelateBackrefTargetType");
    }

    private boolean scalarToCollection() {
        End end = pick(annotated().stream().filter(e -> !e.collection()).toList());
        if (end == null) {
            return false;
        }
        Field field = end.field();
        field.type = "java.util.List<" + field.type + ">";
        field.init = "new java.util.ArrayList<>()";
        boolean manyToOne = field.ann().is("ManyToOneRel");
        return set(describe(end) + " holds a collection", manyToOne ? "RelateManyToOneCollection"
                : "RelateUselistContradicts");
    }

    private boolean collectionToScalar() {
        List<End> candidates = new ArrayList<>();
        for (End end : ends()) {
            Ann ann = end.field().ann();
            // a plain collection that a @ManyToOneRel backref manages would make a valid one-to-one
            if (end.collection() && (ann != null || relOf(end).kind == Kind.MANY_TO_MANY)) {
                candidates.add(end);
            }
        }
        End end = pick(candidates);
        if (end == null) {
            return false;
        }
        Rel rel = relOf(end);
        Field field = end.field();
        field.type = (end == rel.a ? rel.bClass : rel.aClass).qualified();
        field.init = null;
        field.isFinal = false;
        Ann ann = field.ann();
        return set(describe(end) + " holds a single object", ann == null ? "RelateBackrefTargetType"
                : ann.is("ManyToManyRel") ? "RelateManyToManyScalar" : "RelateNotACollection");
    }

    private boolean uselistOnCollection() {
        End end = pick(annotated().stream().filter(e -> e.collection() && e.field().ann().is("OneToManyRel"))
                .toList());
        if (end == null) {
            return false;
        }
        end.field().ann().with("uselist", "false");
        return set(describe(end) + " says uselist = false", "RelateUselistContradicts");
    }

    private boolean uselistOffScalar() {
        End end = pick(annotated().stream().filter(e -> !e.collection() && e.field().ann().is("OneToManyRel"))
                .toList());
        if (end == null) {
            return false;
        }
        if (c.chance(50)) {
            end.field().ann().attrs.remove("uselist");
        } else {
            end.field().ann().with("uselist", "true");
        }
        return set(describe(end) + " drops uselist = false", "RelateNotACollection");
    }

    private boolean kindSwap() {
        End end = pick(naming());
        if (end == null) {
            return false;
        }
        Ann ann = end.field().ann();
        String[] kinds = {"OneToManyRel", "ManyToOneRel", "ManyToManyRel"};
        String kind = ann.type.substring(ValidModels.REL.length());
        String to = kinds[(List.of(kinds).indexOf(kind) + 1 + c.choose(2)) % 3];
        if (to.equals("ManyToOneRel") && !end.collection() && ann.attrs.containsKey("backref")) {
            to = "ManyToManyRel"; // a @ManyToOneRel backref to a scalar is a valid one-to-one
        }
        ann.type = ValidModels.REL + to;
        ann.attrs.remove("uselist");
        if (to.equals("ManyToManyRel")) {
            if (!ann.attrs.containsKey("secondary")) {
                ann.withString("secondary", builder.tableName("x"));
            }
        } else {
            ann.attrs.remove("secondary");
            ann.attrs.remove("leftColumn");
            ann.attrs.remove("rightColumn");
        }
        return set(describe(end) + " is " + kind + " turned " + to, "RelateEndKindMismatch",
                "RelateManyToOneCollection", "RelateManyToManyScalar", "RelateNotACollection",
                "RelateBackrefTargetType", "RelateUselistContradicts", "RelateAssociationEnds",
                "RelateAssociationEndScalar", "RelateBackrefTargetDeclared");
    }

    private boolean genericTarget() {
        End end = pick(ends());
        if (end == null) {
            return false;
        }
        Cls box = builder.newClass(m.prefix, null, List.of("Box"));
        box.visibility = "public";
        box.typeParams = "<T>";
        Rel rel = relOf(end);
        String element = (end == rel.a ? rel.bClass : rel.aClass).qualified();
        String boxed = box.qualified() + "<" + element + ">";
        Field field = end.field();
        field.type = end.collection() ? "java.util.List<" + boxed + ">" : boxed;
        field.init = null;
        field.isFinal = false;
        return set(describe(end) + " relates to a generic class", "RelateGenericTarget", "RelateBackrefTargetType");
    }

    private boolean typeMismatch() {
        End end = pick(naming());
        if (end == null || relOf(end).other(end) == null) {
            return false;
        }
        End partner = relOf(end).other(end);
        Cls stranger = builder.newClass(m.prefix, null, List.of("Stranger"));
        stranger.visibility = "public";
        Field field = partner.field();
        if (partner.collection()) {
            field.type = "java.util.List<" + stranger.qualified() + ">";
            field.init = "new java.util.ArrayList<>()";
        } else {
            field.type = stranger.qualified();
            field.init = null;
        }
        return set(describe(partner) + " holds a class that is not the other end's", PAIRING);
    }

    private boolean unresolved() {
        End end = pick(ends());
        if (end == null) {
            return false;
        }
        String missing = m.prefix + "." + c.pick("Missing", "sub.Gone", "Parent.Nope");
        Field field = end.field();
        field.type = end.collection() ? "java.util.List<" + missing + ">" : missing;
        field.init = null;
        field.isFinal = false;
        m.javacLevel = Model.DEFERS;
        return set(describe(end) + " has a type javac cannot resolve", JAVAC);
    }

    // ---- annotations

    private boolean uselistMisuse(End end) {
        end.field().ann().with("uselist", c.pick("\"no\"", "1"));
        return true;
    }

    private boolean annotationMisuse() {
        End end = pick(annotated());
        if (end == null) {
            return false;
        }
        Ann ann = end.field().ann();
        switch (c.choose(5)) {
            case 0 -> {
                if (!ann.is("OneToManyRel")) {
                    ann.with("backPopulates", "42");
                } else {
                    uselistMisuse(end);
                }
            }
            case 1 -> ann.with("mappedBy", Model.quote("x"));
            case 2 -> {
                if (ann.is("ManyToManyRel")) {
                    ann.attrs.remove("secondary");
                } else {
                    ann.with("secondary", Model.quote("x"));
                }
            }
            case 3 -> end.field().anns.add(new Ann(ann.type));
            default -> {
                Cls holder = end.declaring();
                holder.members.add(List.of("@" + ann.type, "void misplaced" + holder.members.size() + "() {", "}"));
            }
        }
        m.javacLevel = Model.STOPS;
        return set("an annotation on " + describe(end) + " that javac rejects", JAVAC);
    }

    private boolean conflicting() {
        End end = pick(annotated());
        if (end == null) {
            return false;
        }
        Ann ann = end.field().ann();
        Ann second = c.pick(
                new Ann(ValidModels.REL + "Backref"),
                new Ann(ValidModels.REL + (ann.is("ManyToOneRel") ? "OneToManyRel" : "ManyToOneRel")),
                new Ann(ValidModels.REL + "ManyToManyRel").withString("secondary", builder.tableName("c")));
        if (second.type.equals(ann.type)) {
            return false;
        }
        end.field().anns.add(c.choose(2), second);
        return set(describe(end) + " carries two annotations", "RelateConflictingAnnotations");
    }

    private boolean duplicateDeclaration() {
        End end = pick(naming());
        if (end == null) {
            return false;
        }
        Field original = end.field();
        Field copy = new Field(builder.unique(end.declaring(), original.name + "Copy"), original.type);
        copy.anns.add(original.ann());
        copy.visibility = original.visibility;
        copy.getter = original.getter;
        copy.setter = original.setter;
        copy.init = original.init;
        end.declaring().fields.add(copy);
        boolean backref = original.ann().attrs.containsKey("backref");
        return set(describe(end) + " is declared twice", backref ? "RelateBackrefTwice" : "RelateEndsDisagree",
                relOf(end).assoc != null ? "RelateAssociationEnds" : "RelateEndsDisagree");
    }

    private boolean orphanBackref() {
        Cls holder = pick(builder.entities);
        Cls target = pick(builder.entities);
        if (holder == null) {
            return false;
        }
        Field stray = new Field(builder.unique(holder, "stray"), c.chance(50) ? target.qualified()
                : "java.util.List<" + target.qualified() + ">");
        stray.anns.add(new Ann(ValidModels.REL + "Backref"));
        holder.fields.add(stray);
        return set("@Backref on " + holder.name + "." + stray.name + ", which no backref names",
                "RelateOrphanBackref");
    }

    private boolean backrefTargetDeclared() {
        List<End> candidates = new ArrayList<>();
        for (Rel rel : m.rels) {
            End other = rel.declared == null ? null : rel.other(rel.declared);
            if (other != null && other.field().ann() == null) {
                candidates.add(other);
            }
        }
        End end = pick(candidates);
        if (end == null) {
            return false;
        }
        Rel rel = relOf(end);
        Ann declaration = rel.declared.field().ann();
        String kind = declaration.is("ManyToManyRel") ? "ManyToManyRel"
                : end.collection() ? "OneToManyRel" : c.pick("ManyToOneRel", "OneToManyRel");
        Ann ann = new Ann(ValidModels.REL + kind);
        if (kind.equals("OneToManyRel") && !end.collection()) {
            ann.with("uselist", "false");
        }
        if (kind.equals("ManyToManyRel")) {
            ann.withString("secondary", declaration.string("secondary"));
        }
        if (c.chance(50)) {
            ann.withString("backPopulates", rel.declared.field().name);
        }
        end.field().anns.add(0, ann);
        return set(describe(end) + ", which a backref manages, declares its own annotation",
                "RelateBackrefTargetDeclared", "RelateConflictingAnnotations", "RelateEndKindMismatch",
                "RelateEndsDisagree");
    }

    private boolean otherEndNotDeclared() {
        List<End> candidates = new ArrayList<>();
        for (Rel rel : m.rels) {
            if (rel.style.equals("BACK_POPULATES")) {
                candidates.add(rel.other(rel.declared));
            }
        }
        End end = pick(candidates);
        if (end == null) {
            return false;
        }
        end.field().anns.remove(end.field().ann());
        boolean marked = c.chance(50);
        if (marked) {
            end.field().anns.add(new Ann(ValidModels.REL + "Backref"));
        }
        List<String> ids = new ArrayList<>(List.of(marked ? "RelateOtherEndIsBackref" : "RelateOtherEndNotDeclared"));
        if (relOf(end).assoc != null) {
            ids.add("RelateAssociationEnds");
        }
        return set(describe(end) + " lost its annotation", ids.toArray(String[]::new));
    }

    // ---- many-to-many tables and ids

    private List<Rel> manyToMany(boolean backPopulates) {
        return m.rels.stream().filter(rel -> rel.kind == Kind.MANY_TO_MANY
                && (!backPopulates || rel.style.equals("BACK_POPULATES"))).toList();
    }

    private static List<Ann> tableAnns(Rel rel) {
        List<Ann> anns = new ArrayList<>();
        for (End end : new End[] {rel.a, rel.b}) {
            if (end != null && end.field().ann() != null) {
                anns.add(end.field().ann());
            }
        }
        return anns;
    }

    private boolean secondaryMismatch() {
        Rel rel = pick(manyToMany(true));
        if (rel == null) {
            return false;
        }
        Ann ann = c.pick(tableAnns(rel));
        ann.withString("secondary", builder.tableName("mismatch"));
        return set("the ends of " + rel + " name different tables", "RelateSecondaryMismatch");
    }

    private boolean columnsMismatch() {
        Rel rel = pick(manyToMany(true));
        if (rel == null) {
            return false;
        }
        Ann ann = c.pick(tableAnns(rel));
        String attribute = c.pick("leftColumn", "rightColumn");
        String current = ann.string(attribute);
        ann.withString(attribute, current == null ? "other_id" : current + "_x");
        return set("the ends of " + rel + " name different columns", "RelateColumnsMismatch");
    }

    private boolean sameColumns() {
        Rel rel = pick(manyToMany(false));
        if (rel == null) {
            return false;
        }
        boolean caseOnly = c.chance(50);
        for (Ann ann : tableAnns(rel)) {
            ann.withString("leftColumn", "same_id").withString("rightColumn", caseOnly ? "SAME_ID" : "same_id");
        }
        return set("the table of " + rel + " names one column twice", "RelateSameColumns");
    }

    private boolean badSqlName() {
        List<Rel> rels = manyToMany(false);
        List<Assoc> tables = m.assocs.stream().filter(assoc -> assoc.table != null).toList();
        if (rels.isEmpty() && tables.isEmpty()) {
            return false;
        }
        String bad = c.pick("select", "ORDER", "1abc", "a b", "", "x-y", "caf\u00e9", "user", "t".repeat(64),
                "_rowid_");
        if (!rels.isEmpty() && (tables.isEmpty() || c.chance(50))) {
            Rel rel = c.pick(rels);
            String attribute = c.pick("secondary", "leftColumn", "rightColumn");
            for (Ann ann : tableAnns(rel)) {
                ann.withString(attribute, bad);
            }
            return set("the " + attribute + " of " + rel + " is \"" + bad + "\"", badNameId(bad));
        }
        Assoc assoc = c.pick(tables);
        String attribute = c.pick("table", "leftColumn", "rightColumn");
        assoc.type.anns.get(0).withString(attribute, bad);
        return set("the " + attribute + " of @AssociationObject " + assoc.type.name + " is \"" + bad + "\"",
                badNameId(bad));
    }

    /** A name too long for PostgreSQL has an error of its own. */
    private static String badNameId(String bad) {
        return bad.length() > 63 ? "RelateNameTooLong" : "RelateSqlName";
    }

    private List<Cls> withIds() {
        return m.classes.stream().filter(cls -> cls.needsId).toList();
    }

    /** Removes the id of the class (or its base): the field and any getId(). */
    private static void removeId(Cls cls) {
        for (Cls current = cls; current != null; current = current.base) {
            current.fields.removeIf(field -> field.name.equals("id"));
            current.members.removeIf(member -> member.get(0).contains(" getId()"));
        }
    }

    private boolean noId() {
        Cls cls = pick(withIds());
        if (cls == null) {
            return false;
        }
        removeId(cls);
        if (c.chance(30)) {
            Field hidden = new Field("id", "int");
            hidden.visibility = "private";
            cls.fields.add(0, hidden); // an id no getter reads
        }
        return set(cls.name + " has no id its table can store", "RelateNoId");
    }

    private boolean unsupportedId() {
        Cls cls = pick(withIds());
        if (cls == null) {
            return false;
        }
        removeId(cls);
        String type = c.pick("double", "java.util.Date", "java.lang.Object", "char", "java.math.BigInteger");
        Field id = new Field("id", type);
        id.visibility = "public";
        cls.fields.add(0, id);
        return set(cls.name + " has an id of type " + type, "RelateUnsupportedId");
    }

    private boolean tableShared() {
        List<Object> holders = new ArrayList<>();
        holders.addAll(manyToMany(false));
        holders.addAll(m.assocs.stream().filter(assoc -> assoc.table != null).toList());
        if (holders.size() < 2) {
            return false;
        }
        Object first = holders.get(0);
        Object second = holders.get(1 + c.choose(holders.size() - 1));
        String name = first instanceof Rel rel ? tableAnns(rel).get(0).string("secondary") : ((Assoc) first).table;
        boolean sameClass = first instanceof Rel && second instanceof Rel && samePackage((Rel) first, (Rel) second)
                && c.chance(50);
        String shared = sameClass ? name.replace("_", "__") : c.pick(name, name.toUpperCase(Locale.ROOT));
        if (second instanceof Rel rel) {
            for (Ann ann : tableAnns(rel)) {
                ann.withString("secondary", shared);
            }
        } else {
            ((Assoc) second).type.anns.get(0).withString("table", shared);
            ((Assoc) second).table = shared;
        }
        return set("two tables named " + name + " and " + shared, sameClass ? "RelateTableClassClash"
                : "RelateTableShared");
    }

    private static boolean samePackage(Rel first, Rel second) {
        Set<String> packages = new LinkedHashSet<>(List.of(first.aClass.pkg, first.bClass.pkg, second.aClass.pkg,
                second.bClass.pkg));
        return packages.size() == 1;
    }

    // ---- association objects

    private boolean thirdEnd() {
        Assoc assoc = pick(m.assocs);
        if (assoc == null) {
            return false;
        }
        Cls target = c.pick(builder.entities);
        Field third = new Field(builder.unique(assoc.type, "third"), target.qualified());
        third.anns.add(new Ann(ValidModels.REL + "ManyToOneRel"));
        third.visibility = "public";
        assoc.type.fields.add(c.choose(assoc.type.fields.size() + 1), third);
        return set(assoc.type.name + " has three ends", "RelateAssociationEnds");
    }

    private boolean associationSides() {
        Assoc assoc = pick(m.assocs);
        if (assoc == null) {
            return false;
        }
        Ann ann = assoc.type.anns.get(0);
        boolean self = assoc.left.aClass == assoc.right.aClass;
        int how = c.choose(self ? 3 : 2);
        if (how == 2) {
            ann.attrs.remove("left");
            ann.attrs.remove("right");
            // the first declared end must hold the class of... both: say nothing
            return set(assoc.type.name + " leaves its sides unsaid", "RelateAssociationSidesUnsaid");
        }
        if (how == 1) {
            String end = assoc.left.b.field().name;
            ann.withString("left", end).withString("right", end);
            return set(assoc.type.name + " names one end as both sides", "RelateAssociationSameEnd");
        }
        ann.withString(c.pick("left", "right"), "nosuch");
        return set(assoc.type.name + " names a side that is no end", "RelateAssociationSide");
    }

    private boolean associationEndOneWay() {
        Assoc assoc = pick(m.assocs);
        if (assoc == null) {
            return false;
        }
        Rel side = c.pick(assoc.left, assoc.right);
        Field end = side.b.field();
        end.anns.clear();
        end.anns.add(new Ann(ValidModels.REL + "ManyToOneRel"));
        side.a.field().anns.clear();
        return set(describe(side.b) + " is a one-way end of " + assoc.type.name, "RelateAssociationEndOneWay");
    }

    private boolean associationEndScalar() {
        Assoc assoc = pick(m.assocs);
        if (assoc == null) {
            return false;
        }
        Rel side = c.pick(assoc.left, assoc.right);
        Field collection = side.a.field();
        collection.type = assoc.type.qualified();
        collection.init = null;
        collection.isFinal = false;
        Ann ann = collection.ann();
        if (ann != null && ann.is("OneToManyRel")) {
            ann.with("uselist", "false");
        }
        return set(describe(side.a) + " holds a single " + assoc.type.name, "RelateAssociationEndScalar",
                "RelateNotACollection", "RelateBackrefTargetType", "RelatePrivateField");
    }

    private boolean notCreatable() {
        Assoc assoc = pick(m.assocs.stream().filter(a -> a.table != null).toList());
        if (assoc == null) {
            return false;
        }
        Cls type = assoc.type;
        type.members.removeIf(member -> member.get(0).contains(type.name + "("));
        type.members.add(List.of(c.pick("public ", "private ", "") + type.name + "(java.lang.String label) {", "}"));
        if (c.chance(30)) {
            type.members.add(List.of("private " + type.name + "() {", "}"));
        }
        return set(type.name + " has a table but no constructor relate can call", "RelateAssociationNotCreatable");
    }

    private boolean badColumn() {
        Assoc assoc = pick(m.assocs.stream().filter(a -> a.table != null).toList());
        if (assoc == null) {
            return false;
        }
        Cls type = assoc.type;
        Ann ann = type.anns.get(0);
        switch (c.choose(4)) {
            case 0 -> {
                Field field = new Field(builder.unique(type, "data"), c.pick("java.util.Date", "java.lang.Object",
                        "char[]", "java.util.List<java.lang.String>", "java.lang.Character", "byte"));
                type.fields.add(field);
                return set(type.name + "." + field.name + " cannot be a column", "RelateUnsupportedColumn");
            }
            case 1 -> {
                String column = c.chance(50) ? ann.string("leftColumn") : ann.string("rightColumn");
                if (column == null) {
                    column = c.pick("left_id", "right_id");
                }
                StringBuilder name = new StringBuilder();
                boolean upper = false;
                for (char ch : column.toLowerCase(Locale.ROOT).toCharArray()) {
                    if (ch == '_') {
                        upper = true;
                    } else {
                        name.append(upper ? Character.toUpperCase(ch) : ch);
                        upper = false;
                    }
                }
                if (type.field(name.toString()) != null) {
                    return false;
                }
                type.fields.add(new Field(name.toString(), "int"));
                return set(type.name + "." + name + " takes the column " + column, "RelateColumnTwice");
            }
            case 2 -> {
                Field field = new Field(builder.unique(type, "fixed"), "int");
                if (c.chance(50)) {
                    field.isFinal = true;
                    field.init = "1";
                } else {
                    field.visibility = "private";
                    field.getter = "";
                }
                type.fields.add(field);
                return set(type.name + "." + field.name + " cannot be written", "RelateColumnNotWritable");
            }
            default -> {
                String name = c.pick("select", "value", "user", "key", "year");
                if (type.field(name) != null) {
                    return false;
                }
                type.fields.add(new Field(name, "int"));
                return set(type.name + "." + name + " is a reserved word as a column", "RelateSqlName");
            }
        }
    }

    // ---- classes

    private boolean genericOwner() {
        List<Cls> candidates = new ArrayList<>();
        for (End end : annotated()) {
            Cls declaring = end.declaring();
            if (declaring.typeParams.isEmpty() && declaring.keyword.equals("class")) {
                candidates.add(declaring);
            }
        }
        Cls cls = pick(candidates);
        if (cls == null) {
            return false;
        }
        cls.typeParams = c.pick("<T>", "<T extends java.lang.Number>", "<K, V>");
        return set(cls.name + " is generic", "RelateGenericOwner", "RelateGenericTarget");
    }

    private boolean privateClass() {
        List<Cls> candidates = new ArrayList<>();
        for (End end : ends()) {
            if (end.owner().outer != null) {
                candidates.add(end.owner());
            }
        }
        Cls cls = pick(candidates);
        if (cls == null) {
            return false;
        }
        cls.visibility = "private";
        m.javacLevel = Model.DEFERS;
        return set(cls.name + " is private", "RelateClassNotAccessible", JAVAC);
    }

    private boolean crossPackageClass() {
        List<Cls> candidates = new ArrayList<>();
        for (Rel rel : m.rels) {
            for (End end : new End[] {rel.a, rel.b}) {
                // the class an end's field names, from another package
                Cls target = end == null ? null : end == rel.a ? rel.bClass : rel.aClass;
                if (target != null && !target.external && target.outer == null
                        && !target.pkg.equals(end.declaring().pkg)) {
                    candidates.add(target);
                }
            }
        }
        Cls cls = pick(candidates);
        if (cls == null) {
            return false;
        }
        cls.visibility = "";
        m.javacLevel = Model.DEFERS;
        return set(cls.name + " is not visible from the other package", "RelateClassNotVisible", JAVAC);
    }

    private boolean localClass() {
        Cls holder = pick(builder.entities);
        if (holder == null) {
            return false;
        }
        Cls target = c.pick(builder.entities);
        String annotation = c.pick("@dev.relate.ManyToOneRel", "@dev.relate.OneToManyRel",
                "@dev.relate.ManyToOneRel(backPopulates = \"x\")");
        String type = annotation.contains("OneToMany") ? "java.util.List<" + target.qualified() + ">"
                : target.qualified();
        int n = holder.members.size();
        if (c.chance(50)) {
            holder.members.add(List.of("void local" + n + "() {", "    class Local {", "        " + annotation,
                    "        " + type + " end;", "    }", "}"));
            return set("a local class in " + holder.name + " holds an end", "RelateClassNotAccessible");
        }
        holder.members.add(List.of("java.lang.Object anonymous" + n + " = new java.lang.Object() {",
                "    " + annotation, "    " + type + " end;", "};"));
        return set("an anonymous class in " + holder.name + " holds an end", "RelateClassNotAccessible");
    }

    /** A record, an interface or an enum holding an end. */
    private boolean oddHolder() {
        Cls target = pick(builder.entities);
        if (target == null) {
            return false;
        }
        Cls holder = builder.newClass(m.prefix, null, List.of("Odd"));
        holder.visibility = "public";
        switch (c.choose(5)) {
            case 3 -> {
                holder.keyword = "record";
                holder.typeParams = "(@dev.relate.OneToManyRel java.util.List<" + target.qualified() + "> ends)";
                return set("a record holds a collection end", "RelateRecordCollection");
            }
            case 4 -> {
                holder.keyword = "enum";
                holder.members.add(List.of("FIRST;", "", "@dev.relate.ManyToOneRel", "public " + target.qualified()
                        + " end;"));
                return set("an enum holds an end", "RelateEnumEnd");
            }
            case 0 -> {
                holder.keyword = "record";
                holder.typeParams = "(@dev.relate.ManyToOneRel " + target.qualified() + " end)";
                return set("a record holds an end", "RelateFinalScalar");
            }
            case 1 -> {
                holder.keyword = "interface";
                Field field = new Field("END", target.qualified());
                field.init = "null";
                field.anns.add(new Ann(ValidModels.REL + "ManyToOneRel"));
                holder.fields.add(field);
                return set("an interface holds an end", "RelateStaticField");
            }
            default -> {
                holder.keyword = "enum";
                holder.members.add(List.of("@dev.relate.ManyToOneRel", "FIRST"));
                return set("an enum constant is an end", "RelateStaticField");
            }
        }
    }

    /**
     * A one-way collection named like a helper relate writes into its class's helpers for something
     * else, with the same parameters: {@code unlink} in an association class, or the navigation of an
     * association in its left or right class.
     */
    private boolean namedLikeAHelper() {
        Assoc assoc = pick(m.assocs);
        if (assoc == null) {
            return false;
        }
        Cls holder;
        String name;
        if (c.chance(50)) {
            holder = assoc.type;
            name = "unlink";
        } else {
            Rel near = c.chance(50) ? assoc.left : assoc.right;
            Rel far = near == assoc.left ? assoc.right : assoc.left;
            holder = near.a.owner();
            name = far.b.field().name + "Of" + near.a.field().capitalized();
        }
        if (!builder.unique(holder, name).equals(name)) {
            return false;
        }
        Cls target = pick(builder.entities);
        Field field = new Field(name, "java.util.List<" + target.qualified() + ">");
        field.init = "new java.util.ArrayList<>()";
        field.visibility = "public";
        field.anns.add(new Ann(ValidModels.REL + "OneToManyRel"));
        holder.fields.add(field);
        return set(holder.name + "." + name + " is named like a helper of its class", "RelateGeneratedMethodClash");
    }

    private static String describe(End end) {
        return end.owner().simpleNames(".") + "." + end.field().name;
    }
}
