package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.CollectionType;
import dev.relate.processor.model.End;
import dev.relate.processor.model.FileOptions;
import dev.relate.processor.model.Helper;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes one {@code <Class>Relations} class: public static helpers for each end of the owner, and a
 * small nested class per end object that the runtime drives. A pure function of the model.
 */
public final class RelationsWriter {
    private final ClassName generatedAnnotation;
    /** The generated class of each owner of the compilation's model, by owner; the classes that host end objects. */
    private final Function<ClassName, RelationsClass> relationsOf;

    /** @param generatedAnnotation the {@code @Generated} annotation to use, or null where none is available */
    public RelationsWriter(ClassName generatedAnnotation) {
        this(generatedAnnotation, owner -> null);
    }

    /**
     * @param generatedAnnotation the {@code @Generated} annotation to use, or null where none is available
     * @param relationsOf the generated class of an owner of the model, or null: an end object that the
     *     generated class of its owner declares, in the same package, is used from there rather than
     *     written again
     */
    public RelationsWriter(ClassName generatedAnnotation, Function<ClassName, RelationsClass> relationsOf) {
        this.generatedAnnotation = generatedAnnotation;
        this.relationsOf = relationsOf;
    }

    /**
     * @param relations what to write
     * @param originatingElement the owner class, recorded for incremental builds
     * @param options what the file must do to compile cleanly in the owner's package
     */
    public JavaFile write(RelationsClass relations, Element originatingElement, FileOptions options) {
        return write(relations, originatingElement, options, new Reached());
    }

    /**
     * As {@link #write(RelationsClass, Element, FileOptions)}, collecting in {@code reached} what the
     * class reaches by name on other classes.
     */
    public JavaFile write(RelationsClass relations, Element originatingElement, FileOptions options,
            Reached reached) {
        return new ClassWriter(relations, originatingElement, options, reached).write();
    }

    /** The public helpers that {@link #write} declares for {@code relations}, in the order it declares them. */
    public static List<Helper> helpers(RelationsClass relations) {
        return new RelationsWriter(null).new ClassWriter(relations, null, FileOptions.PLAIN, new Reached())
                .addAllHelpers();
    }

    /** The state of writing one class: the end objects it has declared so far, by what they are for. */
    private final class ClassWriter {
        private final RelationsClass relations;
        private final Names names = new Names();
        private final Map<String, String> constants = new LinkedHashMap<>();
        private final List<FieldSpec> constantFields = new ArrayList<>();
        private final List<TypeSpec> endClasses = new ArrayList<>();
        private final List<Helper> helpers = new ArrayList<>();
        private final FieldCode fields;

        private final Element originatingElement;
        private final FileOptions options;

        /** The names of the end objects this class declares for others to use, by what they are for. */
        private final Map<String, String> hosted;
        /** The same, of the other classes of the package this class uses objects of, by owner. */
        private final Map<ClassName, Map<String, String>> hostedByOthers = new HashMap<>();

        ClassWriter(RelationsClass relations, Element originatingElement, FileOptions options, Reached reached) {
            this.relations = relations;
            this.fields = new FieldCode(reached);
            this.originatingElement = originatingElement;
            this.options = options;
            this.hosted = hostedObjects(relations, names);
        }

        JavaFile write() {
            List<MethodSpec> methods = new ArrayList<>();
            for (Helper helper : addAllHelpers()) {
                methods.add(helper.method());
            }
            TypeSpec.Builder type = TypeSpec.classBuilder(relations.name())
                    .addModifiers(Modifier.FINAL)
                    .addJavadoc(classJavadoc());
            if (relations.isPublic()) {
                type.addModifiers(Modifier.PUBLIC);
            }
            type.addField(Fingerprint.field())
                    .addFields(constantFields)
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                    .addMethods(methods)
                    .addTypes(endClasses);
            fields.declare(type);
            return FileWriting.file(relations.name(), type, generatedAnnotation, originatingElement, options,
                    fields.castsToGenericTypes());
        }

        List<Helper> addAllHelpers() {
            for (Relationship relationship : relations.relationships()) {
                addHelpers(relationship);
            }
            for (AssociationClass.Part part : relations.associations()) {
                addAssociationHelpers(part);
            }
            helpers.add(detach());
            return helpers;
        }

        private CodeBlock classJavadoc() {
            CodeBlock.Builder doc = CodeBlock.builder()
                    .add("Keeps both ends of the relationships of {@link $T} in sync.\n", relations.owner())
                    .add("\n<ul>\n");
            for (Relationship relationship : relations.relationships()) {
                End end = relationship.end();
                doc.add("<li>{@code $L}: $L</li>\n", end.field(), Patterns.describe(relationship));
            }
            return doc.add("</ul>\n")
                    .add("\n<p>$L Generated by relate from the annotations on {@code $L}; do not edit.\n",
                            rules(), String.join(".", relations.owner().simpleNames()))
                    .build();
        }

        /** What every helper of the class does, said once for all of them rather than on each. */
        private String rules() {
            boolean views = relations.relationships().stream().anyMatch(relationship -> relationship.end()
                    .isCollection()) || relations.associations().stream()
                    .anyMatch(part -> part.role() != AssociationClass.Role.ASSOCIATION);
            return (views ? "Live views read the field on each call. " : "")
                    + "Changes keep both ends in sync, all or nothing: if user code throws, no field changes."
                    + " A helper with nothing to change returns {@code false} or does nothing. Call"
                    + " {@code detach} before {@code em.remove} (one-way ends of other classes are not cleared).";
        }

        private void addHelpers(Relationship relationship) {
            End end = relationship.end();
            String constant = endObject(relationship);
            if (Patterns.isMap(relationship)) {
                mapHelpers(relationship, constant);
                return;
            }
            if (Patterns.isMapInverse(relationship) && Patterns.of(relationship) == Pattern.MANY_TO_ONE) {
                helpers.add(new Helper(HelperMethods.assign(relationship, constant, RuntimeHooks.MAP_ASSIGN), end,
                        null));
                return;
            }
            switch (Patterns.of(relationship)) {
                case ONE_TO_MANY, MANY_TO_MANY, ONE_WAY_COLLECTION -> collectionHelpers(relationship, constant);
                case MANY_TO_ONE -> helpers.add(new Helper(
                        HelperMethods.assign(relationship, constant, RuntimeHooks.ASSIGN), end, null));
                case ONE_TO_ONE -> helpers.add(new Helper(HelperMethods.setOneToOne(relationship, constant), end,
                        null));
                case ONE_WAY_SCALAR -> helpers.add(new Helper(HelperMethods.setOneWay(end, fields, constant), end,
                        null));
            }
        }

        /**
         * The constant of the end object the helpers of {@code relationship} drive: the end's own, or
         * for a many-to-one the collection end's; null for a one-way scalar that no class observes,
         * which has none.
         */
        private String endObject(Relationship relationship) {
            End end = relationship.end();
            End inverse = relationship.inverse();
            boolean manyToMany = Patterns.of(relationship) == Pattern.MANY_TO_MANY;
            if (Patterns.isMap(relationship)) {
                return endObject(end, (name, f) -> manyToMany
                        ? EndClassWriter.manyToManyMap(name, end, inverse, f)
                        : EndClassWriter.oneToManyMap(name, end, inverse, f));
            }
            if (Patterns.isMapInverse(relationship)) {
                return endObject(manyToMany ? end : inverse, (name, f) -> manyToMany
                        ? EndClassWriter.manyToManyMapInverse(name, end, inverse, f)
                        : EndClassWriter.oneToManyMap(name, inverse, end, f));
            }
            return switch (Patterns.of(relationship)) {
                case ONE_TO_MANY -> endObject(end, (name, f) -> EndClassWriter.oneToMany(name, end, inverse,
                        f, relationship.acyclic(), paired(end), relationship.position()));
                case MANY_TO_MANY -> endObject(end,
                        (name, f) -> EndClassWriter.manyToMany(name, end, inverse, f));
                case ONE_WAY_COLLECTION -> endObject(end, (name, f) -> EndClassWriter.oneWay(name, end, f));
                case MANY_TO_ONE -> endObject(inverse, (name, f) -> EndClassWriter.oneToMany(name, inverse,
                        end, f, relationship.acyclic(), paired(inverse), relationship.position()));
                case ONE_TO_ONE -> endObject(end,
                        (name, f) -> EndClassWriter.oneToOne(name, end, inverse, f));
                case ONE_WAY_SCALAR -> relationship.hasEvents()
                        ? endObject(end, (name, f) -> EndClassWriter.oneWayScalar(name, end, f))
                        : null;
            };
        }

        private void addAssociationHelpers(AssociationClass.Part part) {
            AssociationClass association = part.association();
            End leftCollection = association.left().inverse();
            End rightCollection = association.right().inverse();
            String constant = associationsObject(part);
            switch (part.role()) {
                case ASSOCIATION -> {
                    for (MethodSpec method : AssociationMethods.linking(association, constant)) {
                        helpers.add(new Helper(method, null, association));
                    }
                }
                case LEFT -> helpers.add(new Helper(AssociationMethods.navigation(association, association.left(),
                        association.right(), constant, RuntimeHooks.RIGHTS), leftCollection, association));
                case RIGHT -> helpers.add(new Helper(AssociationMethods.navigation(association, association.right(),
                        association.left(), constant, RuntimeHooks.LEFTS), rightCollection, association));
            }
        }

        /** The constant of the runtime object of the association of {@code part}, with the end the class hosts. */
        private String associationsObject(AssociationClass.Part part) {
            AssociationClass association = part.association();
            End leftCollection = association.left().inverse();
            End rightCollection = association.right().inverse();
            Supplier<String> left = () -> endObject(leftCollection, (name, f) -> EndClassWriter.oneToMany(
                    name, leftCollection, association.left().end(), f, false,
                    paired(leftCollection), association.left().position()));
            Supplier<String> right = () -> endObject(rightCollection, (name, f) -> EndClassWriter.oneToMany(
                    name, rightCollection, association.right().end(), f, false,
                    paired(rightCollection), association.right().position()));
            if (part.role() != AssociationClass.Role.ASSOCIATION) {
                (part.role() == AssociationClass.Role.LEFT ? left : right).get(); // the end this class hosts
            }
            return associationsObject(association, left, right);
        }

        /**
         * {@code detach(owner)}: a step for each end of the owner and of its superclasses in its
         * package; a collection of association objects unlinks each association from both its sides.
         */
        private Helper detach() {
            DetachMethod detach = new DetachMethod(relations.owner(), fields);
            addDetachSteps(relations, detach);
            for (RelationsClass superclass : relations.superclasses()) {
                addDetachSteps(superclass, detach);
            }
            return new Helper(detach.build(), null, null);
        }

        private void addDetachSteps(RelationsClass of, DetachMethod detach) {
            List<End> throughAssociations = new ArrayList<>();
            for (AssociationClass.Part part : of.associations()) {
                switch (part.role()) {
                    case LEFT -> throughAssociations.add(part.association().left().inverse());
                    case RIGHT -> throughAssociations.add(part.association().right().inverse());
                    case ASSOCIATION -> { } // its two many-to-one ends are among the relationships
                }
            }
            for (Relationship relationship : of.relationships()) {
                End end = relationship.end();
                if (relationship.hasEvents()) {
                    detach.callListeners();
                }
                if (throughAssociations.contains(end)) {
                    continue;
                }
                String constant = endObject(relationship);
                if (Patterns.isMap(relationship)) {
                    detach.clearMap(end, constant);
                    continue;
                }
                if (Patterns.isMapInverse(relationship) && Patterns.of(relationship) == Pattern.MANY_TO_ONE) {
                    detach.leaveMap(end, constant);
                    continue;
                }
                switch (Patterns.of(relationship)) {
                    case ONE_TO_MANY, MANY_TO_MANY, ONE_WAY_COLLECTION -> detach.clear(end, constant);
                    case MANY_TO_ONE -> detach.leave(end, constant);
                    case ONE_TO_ONE -> detach.unpair(end, constant);
                    case ONE_WAY_SCALAR -> {
                        if (constant == null) {
                            detach.clearScalar(end);
                        } else {
                            detach.clearOneWay(end, constant);
                        }
                    }
                }
            }
            for (AssociationClass.Part part : of.associations()) {
                if (part.role() != AssociationClass.Role.ASSOCIATION) {
                    boolean left = part.role() == AssociationClass.Role.LEFT;
                    AssociationClass association = part.association();
                    detach.unlinkAssociations(left ? association.left().inverse() : association.right().inverse(),
                            associationsObject(part), left);
                }
            }
        }

        /**
         * For a collection of the associations of a class that links each pair once, the other end of
         * those associations; null for every other collection end. The classes that write the end
         * object of such a collection (its owner's, the association's, the other side's) all see the
         * association, so each writes the same class.
         */
        private EndClassWriter.Paired paired(End collection) {
            for (AssociationClass.Part part : relations.associations()) {
                AssociationClass association = part.association();
                if (!association.unique()) {
                    continue;
                }
                if (collection.equals(association.left().inverse())) {
                    return new EndClassWriter.Paired(association.right().end(), association.right().inverse());
                }
                if (collection.equals(association.right().inverse())) {
                    return new EndClassWriter.Paired(association.left().end(), association.left().inverse());
                }
            }
            return null;
        }

        /** The constant holding the runtime object of an association class, hosted by the association's class. */
        private String associationsObject(AssociationClass association, Supplier<String> left,
                Supplier<String> right) {
            String base = association.type().simpleName() + "Links";
            return object(associationsKey(association), association.type(),
                    () -> AssociationMethods.associationsClass(names.unique(base), association, left.get(),
                            right.get()),
                    () -> linksConstant(association), () -> RuntimeTypes.ASSOCIATIONS);
        }

        private void collectionHelpers(Relationship relationship, String constant) {
            for (MethodSpec method : List.of(HelperMethods.view(relationship, constant),
                    HelperMethods.add(relationship, constant), HelperMethods.remove(relationship, constant),
                    HelperMethods.replace(relationship, constant))) {
                helpers.add(new Helper(method, relationship.end(), null));
            }
        }

        private void mapHelpers(Relationship relationship, String constant) {
            for (MethodSpec method : List.of(HelperMethods.view(relationship, constant),
                    MapHelperMethods.add(relationship, constant), MapHelperMethods.remove(relationship, constant),
                    MapHelperMethods.replace(relationship, constant), MapHelperMethods.rekey(relationship, constant))) {
                helpers.add(new Helper(method, relationship.end(), null));
            }
        }

        /**
         * The constant holding the end object of {@code end}: declared here, once, when this class
         * is its owner's; the owner's when that is in this package; else a copy of its own.
         */
        private String endObject(End end, EndClass endClass) {
            return object(endKey(end), end.owner(), () -> endClass.write(endClassName(end), fields),
                    () -> Names.constant(baseName(end)), () -> erasure(endClass.write("End", new FieldCode())));
        }

        /**
         * The constant holding one runtime object, {@code key}: this class declares it when it hosts
         * it (package-private, typed by its runtime class, so that the classes of its package use
         * it too), uses the hosting class's in this package, and else declares a private copy.
         *
         * @param hostedType the erased type of the constant as the hosting class declares it: where
         *     this class uses that class's constant, the bytecode names it with that type, and
         *     {@link Reached} records both
         */
        private String object(String key, ClassName host, Supplier<TypeSpec> objectClass, Supplier<String> copyName,
                Supplier<ClassName> hostedType) {
            String existing = constants.get(key);
            if (existing != null) {
                return existing;
            }
            String constant;
            String hostedName = hosted.get(key);
            String elsewhere = hostedName == null ? hostedElsewhere(key, host) : null;
            if (hostedName != null) {
                TypeSpec spec = objectClass.get();
                constant = hostedName;
                ClassName type = relations.name().nestedClass(spec.name());
                constantFields.add(FieldSpec.builder(spec.superclass(), constant, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", type)
                        .build());
                endClasses.add(spec);
            } else if (elsewhere != null) {
                constant = elsewhere;
                ClassName hostName = RelationsClass.nameFor(host);
                fields.reached().constant(hostName, constant.substring(hostName.simpleName().length() + 1),
                        hostedType.get());
            } else {
                TypeSpec spec = objectClass.get();
                constant = names.unique(copyName.get());
                ClassName type = relations.name().nestedClass(spec.name());
                constantFields.add(FieldSpec.builder(type, constant, Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("new $T()", type)
                        .build());
                endClasses.add(spec);
            }
            constants.put(key, constant);
            return constant;
        }

        /**
         * {@code ParentRelations.CHILDREN}: the object as the generated class of {@code host}
         * declares it, if that class is in this package; null otherwise.
         */
        private String hostedElsewhere(String key, ClassName host) {
            ClassName hostName = RelationsClass.nameFor(host);
            if (!hostName.packageName().equals(relations.name().packageName())) {
                return null;
            }
            RelationsClass hostRelations = relationsOf.apply(host);
            if (hostRelations == null) {
                return null;
            }
            String name = hostedByOthers.computeIfAbsent(host, owner -> hostedObjects(hostRelations, new Names()))
                    .get(key);
            return name == null ? null : hostName.simpleName() + "." + name;
        }

        private String endClassName(End end) {
            return names.unique(Names.capitalize(baseName(end)) + "End");
        }

        /** {@code children} for an end of the owner itself, {@code parentChildren} for another class's. */
        private String baseName(End end) {
            if (end.owner().equals(relations.owner())) {
                return end.field();
            }
            String owner = end.owner().simpleName();
            return Character.toLowerCase(owner.charAt(0)) + owner.substring(1) + Names.capitalize(end.field());
        }
    }

    /**
     * The erased type of the constant that holds the end object {@code spec} is written for, as the
     * class that hosts it declares it: the runtime class it extends.
     */
    private static ClassName erasure(TypeSpec spec) {
        TypeName superclass = spec.superclass();
        return superclass instanceof ParameterizedTypeName parameterized ? parameterized.rawType()
                : (ClassName) superclass;
    }

    /** Writes the class of an end object, named {@code name}, its field code in {@code fields}. */
    @FunctionalInterface
    private interface EndClass {
        TypeSpec write(String name, FieldCode fields);
    }

    private static String endKey(End end) {
        return end.owner().canonicalName() + "#" + end.field();
    }

    private static String associationsKey(AssociationClass association) {
        return association.type().canonicalName() + "#associations";
    }

    /**
     * The constant of the object of {@code association} in the generated class of the association
     * class, {@code relations}: {@code ASSOCIATION_LINKS}, as that class's writer names it.
     */
    static String associationsConstant(RelationsClass relations, AssociationClass association) {
        return hostedObjects(relations, new Names()).get(associationsKey(association));
    }

    private static String linksConstant(AssociationClass association) {
        String base = association.type().simpleName() + "Links";
        return Names.constant(Character.toLowerCase(base.charAt(0)) + base.substring(1));
    }

    /**
     * The runtime objects the generated class of {@code relations} declares for the classes of its
     * package to use, with their constants' names, reserved in {@code names} before any other: the
     * end objects of its owner's own ends, and the object of its association class. A pure function
     * of the model, so that another class's writer finds the same names.
     */
    static Map<String, String> hostedObjects(RelationsClass relations, Names names) {
        names.unique(Fingerprint.FIELD); // the first constant of every class: no end's constant takes its name
        Map<String, String> hosted = new LinkedHashMap<>();
        for (Relationship relationship : relations.relationships()) {
            End end = Patterns.of(relationship) == Pattern.MANY_TO_ONE ? relationship.inverse() : relationship.end();
            boolean hasObject = Patterns.of(relationship) != Pattern.ONE_WAY_SCALAR || relationship.hasEvents();
            if (hasObject && end.owner().equals(relations.owner())) {
                hosted.computeIfAbsent(endKey(end), key -> names.unique(Names.constant(end.field())));
            }
        }
        for (AssociationClass.Part part : relations.associations()) {
            AssociationClass association = part.association();
            for (End end : List.of(association.left().inverse(), association.right().inverse())) {
                if (end.owner().equals(relations.owner())) {
                    hosted.computeIfAbsent(endKey(end), key -> names.unique(Names.constant(end.field())));
                }
            }
            if (association.type().equals(relations.owner())) {
                hosted.computeIfAbsent(associationsKey(association), key -> names.unique(linksConstant(association)));
            }
        }
        return hosted;
    }

    /** The public helper methods, one builder per helper. */
    private static final class HelperMethods {
        private HelperMethods() {
        }

        static MethodSpec view(Relationship relationship, String constant) {
            End end = relationship.end();
            String owner = ownerParameter(end);
            CollectionType type = end.collection();
            TypeName returned = type.key() != null
                    ? ParameterizedTypeName.get(type.kind().interfaceName(), type.key().type(), end.target())
                    : ParameterizedTypeName.get(type.kind().interfaceName(), end.target());
            MethodSpec.Builder view = MethodSpec.methodBuilder(end.field())
                    .addJavadoc("Live view of {@code $N.$N}, $L.\n", owner, end.field(),
                            Patterns.keepsInSync(relationship))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(returned)
                    .addParameter(end.owner(), owner);
            if (RuntimeHooks.liveView(type.kind()) == null) {
                return view.addStatement("return $T.$N($N, $N)", RuntimeTypes.VIEWS,
                        RuntimeHooks.mapView(type.kind()).call(), constant, owner).build();
            }
            return view.addStatement("return $L", LiveViewClass.of(end, constant, owner)).build();
        }

        static MethodSpec add(Relationship relationship, String constant) {
            End end = relationship.end();
            String owner = ownerParameter(end);
            String element = elementParameter(end, owner);
            return MethodSpec.methodBuilder("addTo" + Names.capitalize(end.field()))
                    .addJavadoc("$L.\n", Patterns.onAdd(relationship, element, owner))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(boolean.class)
                    .addParameter(end.owner(), owner)
                    .addParameter(end.target(), element)
                    .addStatement("return $N.$N($N, $N)", constant, RuntimeHooks.ADD.call(), owner, element)
                    .build();
        }

        static MethodSpec remove(Relationship relationship, String constant) {
            End end = relationship.end();
            String owner = ownerParameter(end);
            String element = elementParameter(end, owner);
            return MethodSpec.methodBuilder("removeFrom" + Names.capitalize(end.field()))
                    .addJavadoc("Removes {@code $N} from {@code $N.$N}$L.\n", element, owner, end.field(),
                            Patterns.onRemove(relationship, element, owner))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(boolean.class)
                    .addParameter(end.owner(), owner)
                    .addParameter(end.target(), element)
                    .addStatement("return $N.$N($N, $N)", constant, RuntimeHooks.REMOVE.call(), owner, element)
                    .build();
        }

        static MethodSpec replace(Relationship relationship, String constant) {
            End end = relationship.end();
            String owner = ownerParameter(end);
            String elements = Names.variable(end.field(), List.of(owner), "elements", "values");
            return MethodSpec.methodBuilder("set" + Names.capitalize(end.field()))
                    .addJavadoc("Sets the elements of {@code $N.$N} to {@code $N}, each once$L.\n", owner,
                            end.field(), elements, end.collection().kind().isSet() ? "" : ", in order")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(end.owner(), owner)
                    .addParameter(ParameterizedTypeName.get(ClassName.get("java.util", "Collection"),
                            WildcardTypeName.subtypeOf(end.target())), elements)
                    .addStatement("$N.$N($N, $N)", constant, RuntimeHooks.REPLACE.call(), owner, elements)
                    .build();
        }

        static MethodSpec assign(Relationship relationship, String constant, RuntimeHooks hook) {
            End end = relationship.end();
            End inverse = relationship.inverse();
            String owner = ownerParameter(end);
            String value = valueParameter(end, owner);
            String key = hook == RuntimeHooks.MAP_ASSIGN
                    ? " under its {@code " + inverse.collection().key().display() + "}"
                    : "";
            return MethodSpec.methodBuilder("set" + Names.capitalize(end.field()))
                    .addJavadoc("Moves {@code $N} to {@code $N}'s {@code $L}$L, setting {@code $N.$N}.\n",
                            owner, value, inverse.field(), key, owner, end.field())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(end.owner(), owner)
                    .addParameter(end.target(), value)
                    .addStatement("$N.$N($N, $N)", constant, hook.call(), owner, value)
                    .build();
        }

        static MethodSpec setOneToOne(Relationship relationship, String constant) {
            End end = relationship.end();
            String owner = ownerParameter(end);
            String value = valueParameter(end, owner);
            return MethodSpec.methodBuilder("set" + Names.capitalize(end.field()))
                    .addJavadoc("Sets {@code $N.$N} to {@code $N} and {@code $L} to {@code $N}, unlinking the"
                                    + " previous partners of both.\n",
                            owner, end.field(), value, relationship.inverse().displayName(), owner)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(end.owner(), owner)
                    .addParameter(end.target(), value)
                    .addStatement("$N.$N($N, $N)", constant, RuntimeHooks.SET.call(), owner, value)
                    .build();
        }

        /**
         * {@code setX} of a one-way scalar end: writes the field, or where a class observes the end
         * calls its end object, {@code constant}, which calls the validator and listener around the write.
         */
        static MethodSpec setOneWay(End end, FieldCode fields, String constant) {
            String owner = ownerParameter(end);
            String value = valueParameter(end, owner);
            if (constant != null) {
                String calls = end.events().validator() == null ? "listener"
                        : end.events().listener() == null ? "validator" : "validator and listener";
                return MethodSpec.methodBuilder("set" + Names.capitalize(end.field()))
                        .addJavadoc("Sets {@code $N.$N} to {@code $N}, calling its $L; one-way, so nothing else"
                                + " changes.\n", owner, end.field(), value, calls)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(end.owner(), owner)
                        .addParameter(end.target(), value)
                        .addStatement("$N.$N($N, $N)", constant, RuntimeHooks.ONE_WAY_SCALAR_SET.call(), owner, value)
                        .build();
            }
            return MethodSpec.methodBuilder("set" + Names.capitalize(end.field()))
                    .addJavadoc("Sets {@code $N.$N} to {@code $N}; one-way, so nothing else changes.\n", owner,
                            end.field(), value)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(end.owner(), owner)
                    .addParameter(end.target(), value)
                    .addStatement("$T.requireNonNull($N, $S)", Objects.class, owner, owner)
                    .addStatement("$L", fields.write(end, owner, value))
                    .build();
        }

        private static String ownerParameter(End end) {
            return Names.ownerParameter(end);
        }

        private static String elementParameter(End end, String owner) {
            return Names.elementParameter(end, owner);
        }

        private static String valueParameter(End end, String owner) {
            return Names.variable(end.field(), List.of(owner), "value", "other");
        }
    }
}
