package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relate.processor.model.Access;
import dev.relate.processor.model.CollectionType;
import dev.relate.processor.model.End;
import dev.relate.processor.model.Events;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested classes that give the runtime access to an end's fields: one subclass of a
 * runtime end class per end, holding nothing but field reads and writes.
 */
final class EndClassWriter {
    private EndClassWriter() {
    }

    /** A {@code OneToManyEnd} for a collection end whose other end is a scalar of each element. */
    static TypeSpec oneToMany(String name, End collection, End scalar, FieldCode fields) {
        return oneToMany(name, collection, scalar, fields, false, null, null);
    }

    /**
     * A {@code OneToManyEnd} for a collection end whose other end is a scalar of each element; an
     * {@code AcyclicOneToManyEnd} for a tree declared acyclic.
     *
     * @param paired for a collection of the associations of a class that links each pair once, the
     *     association's other end (seen from the association) and that end's collection; else null
     * @param position for a list end that keeps positions, how to reach the elements' position
     *     field: the class is a {@code PositionedOneToManyEnd}; else null
     */
    static TypeSpec oneToMany(String name, End collection, End scalar, FieldCode fields, boolean acyclic,
            Paired paired, Access position) {
        Params params = Params.of(collection.owner(), collection.target());
        CodeBlock events = eventFlags(collection, scalar);
        TypeSpec.Builder start = position == null
                ? collectionClass(name, acyclic ? RuntimeTypes.ACYCLIC_ONE_TO_MANY_END : RuntimeTypes.ONE_TO_MANY_END,
                        collection, events, params, fields)
                : collectionClass(name,
                        ParameterizedTypeName.get(RuntimeTypes.POSITIONED_ONE_TO_MANY_END, collection.owner(),
                                collection.target(), collection.collection().declared()),
                        CodeBlock.of("super($S, $T.class, $L$L)", collection.displayName(), collection.target(),
                                acyclic, events),
                        collection, params, fields);
        addEventHooks(start, collection, scalar, params, EventHooks.COLLECTION, fields);
        TypeSpec.Builder builder = start
                .addMethod(reader(RuntimeHooks.OWNER_OF, collection.owner(), collection.target(), params.element(),
                        fields.read(scalar, params.element())))
                .addMethod(writer(RuntimeHooks.WRITE_OWNER, collection.target(), params.element(),
                        collection.owner(), params.owner(),
                        fields.write(scalar, params.element(), params.owner())));
        if (position != null) {
            builder.addMethod(reader(RuntimeHooks.POSITION, TypeName.INT, collection.target(), params.element(),
                            fields.read(collection.target(), position, params.element())))
                    .addMethod(writer(RuntimeHooks.WRITE_POSITION, collection.target(), params.element(),
                            TypeName.INT, "position",
                            fields.write(collection.target(), position, params.element(), "position")));
        }
        if (paired != null) {
            builder.addMethod(reader(RuntimeHooks.PAIRED_WITH, paired.scalar().target(), collection.target(),
                            params.element(), fields.read(paired.scalar(), params.element())))
                    .addMethod(hook(RuntimeHooks.ASSOCIATIONS_OF_PAIRED)
                            .returns(paired.collection().collection().declared())
                            .addParameter(Object.class, "paired")
                            .addStatement("return $L", fields.read(paired.collection().owner(),
                                    paired.collection().access(),
                                    CodeBlock.of("(($T) paired)", paired.collection().owner())))
                            .build());
        }
        return builder.build();
    }

    /**
     * The other end of the associations of a class that links each pair once, for the end class of
     * one of its two collections.
     *
     * @param scalar the association's other end, {@code Association.child} for {@code Parent.children}
     * @param collection that end's collection, {@code Child.parents}
     */
    record Paired(End scalar, End collection) {
    }

    /**
     * A {@code OneToManyMapEnd} for a map end keyed by an attribute of each element, whose other end
     * is a scalar of each element.
     */
    static TypeSpec oneToManyMap(String name, End map, End scalar, FieldCode fields) {
        Params params = Params.of(map.owner(), map.target());
        CollectionType type = map.collection();
        CollectionType.MapKey key = type.key();
        TypeSpec.Builder builder = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.ONE_TO_MANY_MAP_END, map.owner(), key.type(),
                        map.target(), type.declared()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("super($S, $T.class, $S$L)", map.displayName(), map.target(), key.display(),
                                eventFlags(map, scalar))
                        .build())
                .addMethod(reader(RuntimeHooks.MAP, type.declared(), map.owner(), params.owner(),
                        fields.read(map, params.owner())));
        if (type.creation() != null) {
            builder.addMethod(creator(RuntimeHooks.STORE_MAP, map, map.owner(), params.owner(), fields));
        }
        addEventHooks(builder, map, scalar, params, EventHooks.MAP, fields);
        return builder
                .addMethod(reader(RuntimeHooks.KEY_OF, key.type(), map.target(), params.element(),
                        fields.read(map.target(), key.access(), params.element())))
                .addMethod(reader(RuntimeHooks.MAP_OWNER_OF, map.owner(), map.target(), params.element(),
                        fields.read(scalar, params.element())))
                .addMethod(writer(RuntimeHooks.MAP_WRITE_OWNER, map.target(), params.element(), map.owner(),
                        params.owner(), fields.write(scalar, params.element(), params.owner())))
                .build();
    }

    /**
     * A {@code ManyToManyMapEnd} for a map end keyed by an attribute of each element, whose elements
     * each hold a collection of the owner.
     */
    static TypeSpec manyToManyMap(String name, End map, End inverse, FieldCode fields) {
        Params params = Params.of(map.owner(), map.target());
        CollectionType type = map.collection();
        CollectionType.MapKey key = type.key();
        TypeSpec.Builder builder = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.MANY_TO_MANY_MAP_END, map.owner(), key.type(),
                        map.target(), type.declared(), inverse.collection().declared()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("super($S, $T.class, $S, $S$L)", map.displayName(), map.target(), key.display(),
                                inverse.displayName(), eventFlags(map, inverse))
                        .build())
                .addMethod(reader(RuntimeHooks.MAP, type.declared(), map.owner(), params.owner(),
                        fields.read(map, params.owner())));
        if (type.creation() != null) {
            builder.addMethod(creator(RuntimeHooks.STORE_MAP, map, map.owner(), params.owner(), fields));
        }
        addEventHooks(builder, map, inverse, params, EventHooks.MAP, fields);
        builder.addMethod(reader(RuntimeHooks.KEY_OF, key.type(), map.target(), params.element(),
                        fields.read(map.target(), key.access(), params.element())))
                .addMethod(reader(RuntimeHooks.MAP_INVERSE, inverse.collection().declared(), map.target(),
                        params.element(), fields.read(inverse, params.element())));
        if (inverse.collection().creation() != null) {
            builder.addMethod(creator(RuntimeHooks.MAP_STORE_INVERSE, inverse, map.target(), params.element(),
                    fields));
        }
        return builder.build();
    }

    /**
     * A {@code ManyToManyMapInverseEnd} for the collection end of a many-to-many whose elements each
     * hold a map of the owners, keyed by an attribute of the owner.
     */
    static TypeSpec manyToManyMapInverse(String name, End collection, End map, FieldCode fields) {
        Params params = Params.of(collection.owner(), collection.target());
        CollectionType.MapKey key = map.collection().key();
        TypeSpec.Builder builder = collectionClass(name,
                ParameterizedTypeName.get(RuntimeTypes.MANY_TO_MANY_MAP_INVERSE_END, collection.owner(), key.type(),
                        collection.target(), collection.collection().declared(), map.collection().declared()),
                CodeBlock.of("super($S, $T.class, $S, $S$L)", collection.displayName(), collection.target(),
                        map.displayName(), key.display(), eventFlags(collection, map)),
                collection, params, fields)
                .addMethod(reader(RuntimeHooks.INVERSE_MAP, map.collection().declared(), collection.target(),
                        params.element(), fields.read(map, params.element())));
        if (map.collection().creation() != null) {
            builder.addMethod(creator(RuntimeHooks.STORE_INVERSE_MAP, map, collection.target(), params.element(),
                    fields));
        }
        builder.addMethod(reader(RuntimeHooks.OWNER_KEY_OF, key.type(), collection.owner(), params.owner(),
                fields.read(collection.owner(), key.access(), params.owner())));
        addEventHooks(builder, collection, map, params, EventHooks.COLLECTION, fields);
        return builder.build();
    }

    /** A {@code OneWayCollectionEnd} for a collection end with no other end. */
    static TypeSpec oneWay(String name, End collection, FieldCode fields) {
        Params params = Params.of(collection.owner(), collection.target());
        TypeSpec.Builder builder = collectionClass(name, RuntimeTypes.ONE_WAY_COLLECTION_END, collection,
                eventFlags(collection, null), params, fields);
        addEventHooks(builder, collection, null, params, EventHooks.COLLECTION, fields);
        return builder.build();
    }

    /** A {@code OneToOneEnd} for a scalar end whose other end is a scalar too. */
    static TypeSpec oneToOne(String name, End end, End inverse, FieldCode fields) {
        Params params = Params.of(end.owner(), end.target());
        TypeSpec.Builder builder = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.ONE_TO_ONE_END, end.owner(), end.target()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("super($S$L)", end.displayName(), eventFlags(end, inverse))
                        .build());
        addEventHooks(builder, end, inverse, params, EventHooks.ONE_TO_ONE, fields);
        return builder
                .addMethod(reader(RuntimeHooks.GET, end.target(), end.owner(), params.owner(),
                        fields.read(end, params.owner())))
                .addMethod(writer(RuntimeHooks.WRITE, end.owner(), params.owner(), end.target(), params.element(),
                        fields.write(end, params.owner(), params.element())))
                .addMethod(reader(RuntimeHooks.INVERSE_OF, end.owner(), end.target(), params.element(),
                        fields.read(inverse, params.element())))
                .addMethod(writer(RuntimeHooks.WRITE_INVERSE, end.target(), params.element(), end.owner(),
                        params.owner(), fields.write(inverse, params.element(), params.owner())))
                .build();
    }

    /**
     * A {@code OneWayScalarEnd} for a one-way scalar end that its class validates or listens to; an
     * end that no class observes has none (its {@code setX} writes the field).
     */
    static TypeSpec oneWayScalar(String name, End end, FieldCode fields) {
        Params params = Params.of(end.owner(), end.target());
        TypeSpec.Builder builder = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.ONE_WAY_SCALAR_END, end.owner(), end.target()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("super($S$L)", end.displayName(), eventFlags(end, null))
                        .build());
        addEventHooks(builder, end, null, params, EventHooks.ONE_WAY_SCALAR, fields);
        return builder
                .addMethod(reader(RuntimeHooks.ONE_WAY_SCALAR_GET, end.target(), end.owner(), params.owner(),
                        fields.read(end, params.owner())))
                .addMethod(writer(RuntimeHooks.ONE_WAY_SCALAR_WRITE, end.owner(), params.owner(), end.target(),
                        params.element(), fields.write(end, params.owner(), params.element())))
                .build();
    }

    /** The part every collection end class shares: its name, the field read, and creating the collection. */
    private static TypeSpec.Builder collectionClass(String name, ClassName runtimeClass, End collection,
            CodeBlock events, Params params, FieldCode fields) {
        return collectionClass(name,
                ParameterizedTypeName.get(runtimeClass, collection.owner(), collection.target(),
                        collection.collection().declared()),
                CodeBlock.of("super($S, $T.class$L)", collection.displayName(), collection.target(), events),
                collection, params, fields);
    }

    /**
     * The last argument of an end class's constructor where a class declares a validator or listener
     * of the end or of its other end ({@code , VALIDATES | LISTENS}); else nothing, and the runtime
     * calls no hook.
     */
    private static CodeBlock eventFlags(End end, End inverse) {
        Events other = inverse == null ? Events.NONE : inverse.events();
        boolean validates = end.events().validator() != null || other.validator() != null;
        boolean listens = end.events().listener() != null || other.listener() != null;
        if (validates && listens) {
            return CodeBlock.of(", VALIDATES | LISTENS");
        }
        return validates ? CodeBlock.of(", VALIDATES") : listens ? CodeBlock.of(", LISTENS") : CodeBlock.of("");
    }

    /**
     * The hooks that call the validators and listeners of {@code end} (on the owner) and of
     * {@code inverse} (on the element), where a class declares them: {@code validate} before each
     * link or unlink of a pair, {@code changed} after.
     */
    private static void addEventHooks(TypeSpec.Builder builder, End end, End inverse, Params params,
            EventHooks hooks, FieldCode fields) {
        String validator = end.events().validator();
        Events other = inverse == null ? Events.NONE : inverse.events(); // a one-way end has no other end
        String inverseValidator = other.validator();
        fields.reached().method(end.owner(), validator);
        fields.reached().method(end.owner(), end.events().listener());
        if (inverse != null) {
            fields.reached().method(inverse.owner(), inverseValidator);
            fields.reached().method(inverse.owner(), other.listener());
        }
        if (validator != null || inverseValidator != null) {
            String flag = Names.variable("linking", List.of(params.owner(), params.element()), "isLinking");
            builder.addMethod(eventHook(hooks.validate(), end, params, flag, validator, inverseValidator));
        }
        String flag = Names.variable("linked", List.of(params.owner(), params.element()), "isLinked");
        if (end.events().listener() != null) {
            builder.addMethod(eventHook(hooks.changed(), end, params, flag, end.events().listener(), null));
        }
        String inverseListener = other.listener();
        if (inverseListener != null) {
            builder.addMethod(hook(hooks.otherChanged())
                    .addParameter(end.target(), params.element())
                    .addParameter(end.owner(), params.owner())
                    .addParameter(boolean.class, flag)
                    .addStatement("$N.$N($N, $N)", params.element(), inverseListener, params.owner(), flag)
                    .build());
        }
    }

    /** The three event hooks of a runtime end class, which declares them for its kind of end. */
    private enum EventHooks {
        COLLECTION(RuntimeHooks.VALIDATE, RuntimeHooks.CHANGED, RuntimeHooks.OTHER_CHANGED),
        ONE_TO_ONE(RuntimeHooks.ONE_TO_ONE_VALIDATE, RuntimeHooks.ONE_TO_ONE_CHANGED,
                RuntimeHooks.ONE_TO_ONE_OTHER_CHANGED),
        MAP(RuntimeHooks.MAP_VALIDATE, RuntimeHooks.MAP_CHANGED, RuntimeHooks.MAP_OTHER_CHANGED),
        /** A one-way end has no other end, and so no {@code otherChanged}. */
        ONE_WAY_SCALAR(RuntimeHooks.ONE_WAY_SCALAR_VALIDATE, RuntimeHooks.ONE_WAY_SCALAR_CHANGED, null);

        private final RuntimeHooks validate;
        private final RuntimeHooks changed;
        private final RuntimeHooks otherChanged;

        EventHooks(RuntimeHooks validate, RuntimeHooks changed, RuntimeHooks otherChanged) {
            this.validate = validate;
            this.changed = changed;
            this.otherChanged = otherChanged;
        }

        RuntimeHooks validate() {
            return validate;
        }

        RuntimeHooks changed() {
            return changed;
        }

        RuntimeHooks otherChanged() {
            return otherChanged;
        }
    }

    /** The validators' hook, or the owner's listener's: the owner first, then the element. */
    private static MethodSpec eventHook(RuntimeHooks hook, End end, Params params, String flag, String ownMethod,
            String inverseMethod) {
        MethodSpec.Builder method = hook(hook)
                .addParameter(end.owner(), params.owner())
                .addParameter(end.target(), params.element())
                .addParameter(boolean.class, flag);
        if (ownMethod != null) {
            method.addStatement("$N.$N($N, $N)", params.owner(), ownMethod, params.element(), flag);
        }
        if (inverseMethod != null) {
            method.addStatement("$N.$N($N, $N)", params.element(), inverseMethod, params.owner(), flag);
        }
        return method.build();
    }

    private static TypeSpec.Builder collectionClass(String name, TypeName superclass, CodeBlock superCall,
            End collection, Params params, FieldCode fields) {
        CollectionType type = collection.collection();
        TypeSpec.Builder builder = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(superclass)
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement(superCall)
                        .build())
                .addMethod(reader(RuntimeHooks.COLLECTION, type.declared(), collection.owner(), params.owner(),
                        fields.read(collection, params.owner())));
        if (type.creation() != null) {
            builder.addMethod(creator(RuntimeHooks.STORE_COLLECTION, collection, collection.owner(), params.owner(),
                    fields));
        }
        return builder;
    }

    /**
     * The hook that writes a collection field of {@code end} on {@code holder}: a new collection,
     * returned, where relate found the field {@code null}; else {@code null} again, where the
     * operation that created it failed.
     */
    private static MethodSpec creator(RuntimeHooks hook, End end, TypeName holderType, String holder,
            FieldCode fields) {
        CollectionType type = end.collection();
        CollectionType.Creation creation = type.creation();
        String create = Names.variable("create", List.of(holder), "creating");
        CodeBlock value = CodeBlock.of("$N ? new $T$L() : null", create, creation.type(),
                creation.diamond() ? "<>" : "");
        MethodSpec.Builder method = hook(hook).returns(type.declared()).addParameter(holderType, holder)
                .addParameter(boolean.class, create);
        if (fields.assigns(end)) { // a plain field: the assignment is the value returned
            return method.addStatement("return $L", fields.write(end.owner(), end.access(), holder, value)).build();
        }
        String local = Names.variable(end.field(), List.of(holder, create), "created", "collection");
        return method.addStatement("$T $N = $L", type.declared(), local, value)
                .addStatement("$L", fields.write(end, holder, local))
                .addStatement("return $N", local)
                .build();
    }

    /** A {@code ManyToManyEnd} for a collection end whose elements each hold a collection of the owner. */
    static TypeSpec manyToMany(String name, End end, End inverse, FieldCode fields) {
        Params params = Params.of(end.owner(), end.target());
        TypeSpec.Builder builder = collectionClass(name,
                ParameterizedTypeName.get(RuntimeTypes.MANY_TO_MANY_END, end.owner(), end.target(),
                        end.collection().declared(), inverse.collection().declared()),
                CodeBlock.of("super($S, $T.class, $S$L)", end.displayName(), end.target(), inverse.displayName(),
                        eventFlags(end, inverse)),
                end, params, fields)
                .addMethod(reader(RuntimeHooks.INVERSE, inverse.collection().declared(), end.target(),
                        params.element(), fields.read(inverse, params.element())));
        if (inverse.collection().creation() != null) {
            builder.addMethod(creator(RuntimeHooks.STORE_INVERSE, inverse, end.target(), params.element(), fields));
        }
        addEventHooks(builder, end, inverse, params, EventHooks.COLLECTION, fields);
        return builder.build();
    }

    /** An override of one of the runtime class's protected hooks. */
    static MethodSpec.Builder hook(RuntimeHooks hook) {
        return MethodSpec.methodBuilder(hook.override()).addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED);
    }

    /** A hook of one parameter that returns what {@code read} reads from it. */
    private static MethodSpec reader(RuntimeHooks name, TypeName returns, TypeName type, String parameter,
            CodeBlock read) {
        return hook(name).returns(returns).addParameter(type, parameter).addStatement("return $L", read).build();
    }

    /** A hook of two parameters whose one statement is {@code write}. */
    private static MethodSpec writer(RuntimeHooks name, TypeName firstType, String first, TypeName secondType,
            String second, CodeBlock write) {
        return hook(name).addParameter(firstType, first).addParameter(secondType, second)
                .addStatement("$L", write).build();
    }

    /**
     * Parameter names for an owner and the object on the other side.
     *
     * @param owner {@code parent}, or {@code owner} where the two classes share a name
     * @param element {@code child}, or {@code element}
     */
    record Params(String owner, String element) {
        static Params of(TypeName ownerType, TypeName elementType) {
            String owner = Names.variable(Names.forClass(simpleName(ownerType)), List.of(), "owner");
            String element = Names.variable(Names.forClass(simpleName(elementType)), List.of(owner), "element");
            if (element.equals("element")) {
                owner = "owner"; // a self-referential end: owner and element read better than node and element
            }
            return new Params(owner, element);
        }

        private static String simpleName(TypeName type) {
            return type instanceof ClassName name ? name.simpleName() : "value";
        }
    }
}
