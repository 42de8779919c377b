package dev.relate.processor;

import com.palantir.javapoet.ClassName;
import dev.relate.OnChange;
import dev.relate.Validates;
import dev.relate.processor.check.Diagnostics;
import dev.relate.processor.check.LocalClassRule;
import dev.relate.processor.check.Message;
import dev.relate.processor.check.PropertyFieldRule;
import dev.relate.processor.check.RelationshipChecker;
import dev.relate.processor.check.SharedMappedByRule;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.EntityInterface;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.Plan;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.read.AccessFinder;
import dev.relate.processor.read.AccessorBodies;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.FileFacts;
import dev.relate.processor.read.LaterMemberChanges;
import dev.relate.processor.read.MemberDescriptors;
import dev.relate.processor.read.Modules;
import dev.relate.processor.read.RelatedClasses;
import dev.relate.processor.read.ShapeReader;
import dev.relate.processor.write.DiagramWriter;
import dev.relate.processor.write.RelationsWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The relate annotation processor: reads the relationship annotations of a round, checks them,
 * and writes a {@code <Class>Relations} helper class for each class that holds an end. Each step
 * lives in its own package ({@code read}, {@code check}, {@code write}); this class only runs them.
 *
 * <p>It reads every round ({@code "*"}): a class without relate's annotations whose field a backref
 * on another class manages gets its helpers when it is compiled alone, the other class a class
 * file, as in a full build. It claims nothing, which for a {@code "*"} processor would be every
 * annotation of the round; {@link RelateClaims} claims relate's own.
 */
public final class RelateProcessor extends AbstractProcessor {
    /** The {@code @Generated} annotations, newest first; relate writes the first the target platform has. */
    static final List<String> GENERATED = List.of(
            "javax.annotation.processing.Generated", "javax.annotation.Generated");

    /** The option that turns the reading of JPA's mappings off: {@code -Arelate.jpa=false}. */
    static final String JPA_OPTION = "relate.jpa";

    /**
     * The option that keeps generated code calling the accessors of private fields on Java 9 and
     * later too, as for Java 8: for accessors that must run (validation, events), which then must not
     * call relate.
     */
    static final String ACCESSORS_OPTION = "relate.accessors";

    /**
     * The option that says which diagrams relate writes: {@code classes} (the default), a diagram of
     * each class's relationships; {@code model}, those and one of the whole compilation; {@code none}.
     */
    static final String DIAGRAM_OPTION = "relate.diagram";

    /** Which diagrams this compilation writes; set in init. */
    private DiagramMode diagramMode = DiagramMode.CLASSES;

    /** The classes whose diagram was written, by qualified name, with their relationships: the whole model's. */
    private final Map<String, RelationsClass> drawn = new TreeMap<>();

    /** Every class this processor has written, to recognise them in later rounds. */
    private final Set<String> written = new LinkedHashSet<>();
    /** The {@code @Generated} of each module ({@code null}: no module, before Java 9), once looked up. */
    private final Map<ModuleElement, Optional<ClassName>> generatedByModule = new HashMap<>();

    /** The classes of every round so far, by name: the classes relate may write helpers for. */
    private final Set<String> buildTypeNames = new LinkedHashSet<>();

    /**
     * The classes relate reached from the classes of its rounds, by name: read from source or class
     * file, the generated classes of those not compiled checked against them ({@link StaleHelpers}).
     */
    private final Set<String> reachedTypeNames = new HashSet<>();

    /** The fields and classes of each round, with those put off from earlier rounds; set in init. */
    private RoundContents contents;

    /**
     * Whether relate put the last round it checked off, because accessors were missing or because
     * Lombok changes members of its classes in that round ({@link LaterMemberChanges}): when processing
     * is over, it writes what it did not write then (javac still compiles files of the last round).
     */
    private boolean putOffLastRound;

    private LocalClassRule localClassRule;

    /** Reads accessors' bodies where the compiler gives them (javac); set in init. */
    private AccessorBodies accessorBodies = AccessorBodies.NONE;

    /** Runs before each class is written; tests use it to force the path of an unexpected failure. */
    private final Consumer<RelationsClass> beforeWrite;

    public RelateProcessor() {
        this(relations -> { });
    }

    RelateProcessor(Consumer<RelationsClass> beforeWrite) {
        this.beforeWrite = beforeWrite;
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        localClassRule = LocalClassRule.create(processingEnv);
        accessorBodies = AccessorBodies.of(processingEnv);
        contents = new RoundContents(processingEnv.getElementUtils());
        UnseenClasses.watch(processingEnv, name -> buildTypeNames.contains(name) || written.contains(name)
                || reachedTypeNames.contains(name));
        String diagram = processingEnv.getOptions().get(DIAGRAM_OPTION);
        diagramMode = DiagramMode.of(diagram);
        if (diagramMode == null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.DIAGRAM_OPTION.format(diagram, DiagramMode.names()));
            diagramMode = DiagramMode.NONE;
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(JPA_OPTION, ACCESSORS_OPTION, DIAGRAM_OPTION);
    }

    /** Whether JPA's relationship mappings are read as relate's declarations: unless {@code -Arelate.jpa=false}. */
    private boolean readsJpa() {
        return !"false".equalsIgnoreCase(processingEnv.getOptions().getOrDefault(JPA_OPTION, "true").strip());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        HeldMessages held = new HeldMessages(processingEnv.getMessager());
        try {
            processRound(annotations, round, held);
        } catch (RuntimeException e) {
            // each step turns its own failures into errors on the element at hand; this is the last net
            held.printMessage(Diagnostic.Kind.ERROR, Message.UNEXPECTED.format(Message.Part.THIS_ROUND.format(), e));
        }
        held.release(buildTypeNames::contains);
        if (round.processingOver() && diagramMode == DiagramMode.MODEL && !drawn.isEmpty()) {
            drawModel();
        }
        // claiming here would claim every annotation of the round, other processors' too: RelateClaims claims
        return false;
    }

    private void processRound(Set<? extends TypeElement> annotations, RoundEnvironment round, HeldMessages held) {
        List<TypeElement> roundTypes = new ArrayList<>();
        for (Element root : round.getRootElements()) {
            collectTypes(root, roundTypes);
            if (localClassRule != null) {
                localClassRule.check(root);
            }
        }
        for (TypeElement type : roundTypes) {
            buildTypeNames.add(type.getQualifiedName().toString());
        }
        Elements elements = processingEnv.getElementUtils();
        // the round's one reader of relate's annotations: each field and class is read once
        DeclarationReader declarations = new DeclarationReader(elements, processingEnv.getTypeUtils(), readsJpa(),
                type -> buildTypeNames.contains(type.getQualifiedName().toString()));
        // the warnings of JPA mappings relate leaves alone, on the classes of the round
        Diagnostics warnings = new Diagnostics(processingEnv.getMessager());
        PropertyFieldRule propertyFields = new PropertyFieldRule(declarations, warnings);
        SharedMappedByRule sharedMappedBy = new SharedMappedByRule(declarations, warnings);
        for (TypeElement type : roundTypes) {
            propertyFields.check(type);
            sharedMappedBy.check(type);
        }
        List<VariableElement> fields = contents.annotatedFields(annotations, round, declarations);
        List<TypeElement> associations = contents.associationTypes(annotations, round, fields);
        // the round's classes, and those put off from an earlier one (a class whose ends JPA mappings
        // alone declare has no relate annotation to bring it back)
        Set<TypeElement> distinct = new LinkedHashSet<>(roundTypes);
        distinct.addAll(contents.deferredTypes());
        List<TypeElement> candidates = new ArrayList<>(distinct);
        RelatedClasses related = new RelatedClasses(new ShapeReader(processingEnv.getTypeUtils(), elements),
                declarations);
        boolean events = !round.getElementsAnnotatedWith(Validates.class).isEmpty()
                || !round.getElementsAnnotatedWith(OnChange.class).isEmpty();
        // the classes whose helpers reached into a class of this round when it was last compiled: a class
        // compiled alone that dropped its end of a relationship leaves the other class's helpers stale
        Set<TypeElement> formerPartners = new FormerPartners(elements).of(candidates, written::contains);
        if (fields.isEmpty() && associations.isEmpty() && !events && formerPartners.isEmpty()
                && !related.anyHoldsEnd(candidates)) {
            return; // no end in this round: none declared, inherited, managed by another class's backref, or left
        }
        if (!round.processingOver() && RoundContents.anyUnresolved(fields)) {
            // a type that another processor may generate in a later round: check everything then
            contents.defer(fields, associations);
            contents.deferTypes(candidates);
            putOffLastRound = false;
            return;
        }
        contents.clearDeferred();
        // the classes of the build are checked with every class their relationships reach, source or class
        // file: a class compiled alone gets what a full build writes for it, and what a full build rejects
        List<TypeElement> start = new ArrayList<>(candidates);
        for (VariableElement field : fields) {
            start.add((TypeElement) field.getEnclosingElement());
        }
        start.addAll(associations);
        start.addAll(formerPartners);
        Set<TypeElement> reached = related.reachedFrom(start);
        reached.forEach(type -> reachedTypeNames.add(type.getQualifiedName().toString()));
        if (!round.processingOver() && !putOffLastRound && LaterMemberChanges.anyIn(reached,
                type -> buildTypeNames.contains(type.getQualifiedName().toString()))) {
            // Lombok adds, removes or changes members this round, which javac shows whole in the next:
            // read them then
            contents.defer(fields, associations);
            contents.deferTypes(start);
            putOffLastRound = true;
            return;
        }
        Diagnostics diagnostics = new Diagnostics(held);
        Plan plan = new RelationshipChecker(processingEnv.getTypeUtils(), elements, declarations, diagnostics,
                RelationsWriter::helpers, accessorBodies, fieldReach())
                .check(related.endsOf(reached), RelatedClasses.associationsAmong(reached), buildTypes(),
                        Set.copyOf(candidates));
        boolean waited = putOffLastRound;
        putOffLastRound = !round.processingOver() && held.waitsForAccessors();
        if (putOffLastRound) {
            // a processor after relate in this round (Lombok) may add them: check again in the next round,
            // and report what is still missing when processing is over
            held.discard();
            contents.defer(fields, associations);
            contents.deferTypes(start);
            return;
        }
        if (round.processingOver() && !waited) {
            // a type is still missing, which javac reports; the errors above are all there is to add
            return;
        }
        PlanFiles files = new PlanFiles(plan, new FileFacts(elements),
                new MemberDescriptors(elements, processingEnv.getTypeUtils()), this::generatedAnnotation);
        if (!diagnostics.reportedErrors()) {
            // a class compiled alone: the helpers of the classes it relates to, not written now, must still fit
            // it (where the model has errors, it is not whole, and those errors are what to fix first)
            StaleHelpers stale = new StaleHelpers(elements, buildTypeNames::contains, diagnostics);
            plan.reached().forEach(relations -> stale.check(relations, files.relations(relations)));
            plan.tables().forEach(table -> stale.check(table, files.table(table)));
            plan.associationTables().forEach(table -> stale.check(table, files.table(table)));
        }
        for (RelationsClass relations : plan.relations()) {
            boolean wrote = write(relations.owner(), relations.name(), files.relations(relations), diagnostics,
                    () -> beforeWrite.accept(relations));
            if (wrote && diagramMode != DiagramMode.NONE) {
                drawClass(relations, diagnostics);
            }
        }
        for (EntityInterface entityInterface : plan.interfaces()) {
            write(entityInterface.relations().owner(), entityInterface.name(), files.entityInterface(entityInterface),
                    diagnostics, () -> { });
        }
        for (LinkTableClass table : plan.tables()) {
            write(table.left().type(), table.name(), files.table(table), diagnostics, () -> { });
        }
        for (AssociationTableClass table : plan.associationTables()) {
            write(table.association().type(), table.name(), files.table(table), diagnostics, () -> { });
        }
    }

    /**
     * Writes one generated class, with the class it is written for as its originating element.
     * A failure becomes one error on that class.
     *
     * @return whether it wrote the class now
     */
    private boolean write(ClassName ownerName, ClassName name, Function<TypeElement, GeneratedFile> writer,
            Diagnostics diagnostics, Runnable before) {
        if (!buildTypeNames.contains(ownerName.canonicalName()) || written.contains(name.canonicalName())) {
            return false; // a class file's files came with it; a file is written once
        }
        TypeElement owner = processingEnv.getElementUtils().getTypeElement(ownerName.canonicalName());
        if (diagnostics.hasErrors(owner)) {
            return false; // a class with an error (its helpers found stale elsewhere) gets no generated file
        }
        GeneratedFile file = null;
        try {
            before.run();
            file = writer.apply(owner);
            SourceFiles.write(file, processingEnv.getFiler());
            written.add(name.canonicalName());
            return true;
        } catch (IOException e) {
            return refused(owner, name, file, e, diagnostics);
        } catch (RuntimeException e) {
            diagnostics.error(owner, Message.UNEXPECTED, ownerName.simpleName(), e);
        }
        return false;
    }

    /**
     * Answers the filer's refusal to write a generated class. Eclipse's compiler refuses a class it
     * finds already, a class file of an earlier build too: the same as relate would write now, it is
     * what a full build leaves, and nothing needs writing; stale, it stands in the way.
     *
     * @return whether the class is there as relate would write it now
     */
    private boolean refused(TypeElement owner, ClassName name, GeneratedFile file, IOException e,
            Diagnostics diagnostics) {
        PreviousClassFiles.Found found = new PreviousClassFiles(processingEnv.getElementUtils(),
                buildTypeNames::contains).find(name, file);
        switch (found) {
            case AS_WRITTEN_NOW -> {
                written.add(name.canonicalName());
                return true;
            }
            case STALE -> diagnostics.error(owner, Message.STALE_CLASS_FILE, name.simpleName(),
                    String.join(".", ClassName.get(owner).simpleNames()), PreviousClassFiles.classFile(name));
            default -> diagnostics.error(owner, Message.CANNOT_WRITE, name.canonicalName(), e.getMessage());
        }
        return false;
    }

    /**
     * Writes the diagram of one class's relationships beside its helpers, with the class as its one
     * originating element (Gradle's isolating rule): a class compiled alone gets the same diagram.
     */
    private void drawClass(RelationsClass relations, Diagnostics diagnostics) {
        TypeElement owner = processingEnv.getElementUtils().getTypeElement(relations.owner().canonicalName());
        String path = DiagramWriter.fragmentPath(relations.owner());
        try {
            DiagramFiles.write(processingEnv.getFiler(), path, DiagramWriter.fragment(relations), owner);
            drawn.put(relations.owner().canonicalName(), relations);
        } catch (IOException e) {
            diagnostics.error(owner, Message.CANNOT_WRITE, path, e.getMessage());
        } catch (RuntimeException e) {
            diagnostics.error(owner, Message.UNEXPECTED, relations.owner().simpleName(), e);
        }
    }

    /**
     * Writes the diagram of every class drawn in this compilation ({@code -Arelate.diagram=model}), once
     * processing is over. Its originating elements are all those classes: whole only when the whole
     * compilation is, and a file Gradle's isolating rule refuses (Gradle then recompiles everything).
     */
    private void drawModel() {
        List<Element> origins = new ArrayList<>();
        for (String name : drawn.keySet()) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                origins.add(type);
            }
        }
        try {
            DiagramFiles.write(processingEnv.getFiler(), DiagramWriter.MODEL, DiagramWriter.model(drawn.values()),
                    origins.toArray(new Element[0]));
        } catch (IOException | RuntimeException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.CANNOT_WRITE.format(DiagramWriter.MODEL, e.getMessage()));
        }
    }

    /**
     * How generated code reaches private fields: through {@code MethodHandle}s when the compilation
     * targets Java 9 or later, which has them, unless the build asks for the accessors with
     * {@code -A}{@value #ACCESSORS_OPTION} (any value but {@code false}); for Java 8 through the
     * fields' accessors.
     */
    private AccessFinder.Reach fieldReach() {
        if (processingEnv.getSourceVersion().compareTo(SourceVersion.RELEASE_8) <= 0) {
            return AccessFinder.Reach.ACCESSORS_FOR_JAVA_8;
        }
        boolean askedForAccessors = processingEnv.getOptions().containsKey(ACCESSORS_OPTION)
                && !"false".equals(processingEnv.getOptions().get(ACCESSORS_OPTION));
        return askedForAccessors ? AccessFinder.Reach.ACCESSORS_ASKED_FOR : AccessFinder.Reach.HANDLES;
    }

    /** The classes compiled in this build so far, nested ones included. */
    private Set<TypeElement> buildTypes() {
        Set<TypeElement> types = new LinkedHashSet<>();
        for (String name : buildTypeNames) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    private static void collectTypes(Element element, List<TypeElement> types) {
        if (element instanceof TypeElement type) {
            types.add(type);
            for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
                collectTypes(nested, types);
            }
        }
    }

    /**
     * {@code @Generated} for a file written for {@code owner}: javax.annotation.processing (9+) or
     * javax.annotation (8), the first that the platform has and that the owner's module reads. A named
     * module that does not read java.compiler (one that requires only dev.relate) could not compile a
     * file naming javax.annotation.processing.Generated, so its files carry none; null then. javac
     * answers for a module ({@code getTypeElement(module, name)} finds only what it reads); ecj finds
     * every type there, so the module's requires decide as well.
     */
    private ClassName generatedAnnotation(TypeElement owner) {
        Elements elements = processingEnv.getElementUtils();
        ModuleElement module = owner == null ? null : elements.getModuleOf(owner);
        // every class of a module gets the same answer: one search of the platform per module and round
        return generatedByModule.computeIfAbsent(module, key -> Optional.ofNullable(findGenerated(key)))
                .orElse(null);
    }

    private ClassName findGenerated(ModuleElement module) {
        Elements elements = processingEnv.getElementUtils();
        boolean named = module != null && !module.isUnnamed();
        for (String name : GENERATED) {
            TypeElement annotation = named ? elements.getTypeElement(module, name) : elements.getTypeElement(name);
            if (annotation != null && Modules.reads(module, elements.getModuleOf(annotation))) {
                return ClassName.bestGuess(name);
            }
        }
        return null;
    }
}
