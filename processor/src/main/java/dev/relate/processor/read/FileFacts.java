package dev.relate.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.End;
import dev.relate.processor.model.FileOptions;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads what a generated file needs to know about the user's package and classes to compile
 * cleanly there: which {@code java.lang} classes it names that a class of the package shadows,
 * which deprecated classes of other packages it must not import, and whether it uses anything
 * deprecated.
 */
public final class FileFacts {
    private final Elements elements;
    /** Whether a class of that qualified name exists, by name. */
    private final Map<String, Boolean> shadowing = new HashMap<>();

    public FileFacts(Elements elements) {
        this.elements = elements;
    }

    public FileOptions forRelations(RelationsClass relations) {
        List<Element> used = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>(relations.relationships());
        for (AssociationClass.Part part : relations.associations()) {
            // the helpers of an association and of its sides reach through both of its ends
            relationships.add(part.association().left());
            relationships.add(part.association().right());
        }
        for (Relationship relationship : relationships) {
            addEnd(relationship.end(), used);
            if (relationship.inverse() != null) {
                addEnd(relationship.inverse(), used);
            }
        }
        return options(relations.name().packageName(), used);
    }

    public FileOptions forTable(LinkTableClass table) {
        List<Element> used = new ArrayList<>();
        addEnd(table.relationship().end(), used);
        addType(table.left().type(), used);
        addType(table.right().type(), used);
        addIds(List.of(table.left(), table.right()), used);
        return options(table.name().packageName(), used);
    }

    /** Adds the id field or getter that generated code reads on each entity. */
    private void addIds(List<LinkTableClass.Entity> entities, List<Element> used) {
        for (LinkTableClass.Entity entity : entities) {
            TypeElement type = elements.getTypeElement(entity.type().canonicalName());
            if (type != null) {
                String member = entity.id().getter() != null ? entity.id().getter() : entity.id().field();
                used.addAll(entity.id().getter() != null ? Members.methods(type, member, 0)
                        : nullable(Members.field(type, member)));
            }
        }
    }

    public FileOptions forAssociationTable(AssociationTableClass table) {
        List<Element> used = new ArrayList<>();
        addEnd(table.association().left().end(), used);
        addEnd(table.association().right().end(), used);
        addEnd(table.association().left().inverse(), used);
        addIds(List.of(table.left(), table.right()), used);
        TypeElement type = addType(table.association().type(), used);
        if (type != null) {
            for (AssociationTableClass.Column column : table.extras()) {
                used.addAll(nullable(Members.field(type, column.access().field())));
            }
        }
        return options(table.name().packageName(), used);
    }

    private FileOptions options(String pkg, List<Element> used) {
        Set<String> qualify = new TreeSet<>();
        for (String name : FileOptions.JAVA_LANG_NAMES) {
            if (shadows(pkg, name)) {
                qualify.add(name);
            }
        }
        // the java.lang classes of the user's that generated code names too: a relationship to a Thread, an
        // extra column of type Short
        for (Element element : used) {
            TypeMirror type = element instanceof TypeElement ? null : element.asType();
            if (element instanceof TypeElement typeElement) {
                addJavaLang(typeElement, pkg, qualify);
            } else if (type instanceof ExecutableType executable) {
                addJavaLang(executable.getReturnType(), pkg, qualify);
                for (TypeMirror parameter : executable.getParameterTypes()) {
                    addJavaLang(parameter, pkg, qualify);
                }
            } else {
                addJavaLang(type, pkg, qualify);
            }
        }
        boolean deprecated = false;
        for (Element element : used) {
            deprecated |= elements.isDeprecated(element);
            // javac before 9 warns about importing a deprecated class, and @SuppressWarnings cannot reach an import
            if (element instanceof TypeElement type && elements.isDeprecated(Members.topLevel(type))
                    && !elements.getPackageOf(type).getQualifiedName().contentEquals(pkg)) {
                qualify.add(type.getSimpleName().toString());
            }
        }
        return new FileOptions(qualify, deprecated);
    }

    /**
     * Adds the {@code java.lang} classes a type mentions to {@code qualify} where a class of the package
     * shadows them.
     */
    private void addJavaLang(TypeMirror type, String pkg, Set<String> qualify) {
        if (type instanceof ArrayType array) {
            addJavaLang(array.getComponentType(), pkg, qualify);
        } else if (type instanceof DeclaredType declared) {
            addJavaLang((TypeElement) declared.asElement(), pkg, qualify);
            for (TypeMirror argument : declared.getTypeArguments()) {
                addJavaLang(argument, pkg, qualify);
            }
        }
    }

    private void addJavaLang(TypeElement type, String pkg, Set<String> qualify) {
        if (!elements.getPackageOf(type).getQualifiedName().contentEquals("java.lang")) {
            return;
        }
        TypeElement top = Members.topLevel(type);
        if (shadows(pkg, top.getSimpleName().toString())) {
            // generated code names a nested class through its top-level one: Thread.State
            for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
                qualify.add(current.getSimpleName().toString());
            }
        }
    }

    /**
     * Whether a class of the package has that simple name. Looking up a class that does not exist
     * searches the whole class path, so each name is looked up once in each package.
     */
    private boolean shadows(String pkg, String name) {
        return !pkg.isEmpty() && shadowing.computeIfAbsent(pkg + "." + name,
                qualified -> elements.getTypeElement(qualified) != null);
    }

    private void addEnd(End end, List<Element> used) {
        TypeElement owner = addType(end.owner(), used);
        addType(end.target(), used);
        if (end.isCollection()) {
            TypeName declared = end.collection().declared();
            addType(declared instanceof ParameterizedTypeName parameterized ? parameterized.rawType()
                    : (ClassName) declared, used);
        }
        if (owner != null) {
            used.addAll(nullable(Members.field(owner, end.field())));
            if (end.access().handle() != null) {
                return; // reached through its handle: the accessors are not called
            }
            for (String accessor : new String[] {end.access().getter(), end.access().setter()}) {
                if (accessor != null) {
                    int parameters = accessor.startsWith("set") ? 1 : 0;
                    for (ExecutableElement method : Members.methods(owner, accessor, parameters)) {
                        used.add(method);
                    }
                }
            }
        }
    }

    private TypeElement addType(ClassName name, List<Element> used) {
        TypeElement type = elements.getTypeElement(name.canonicalName());
        if (type != null) {
            for (Element enclosing = type; enclosing instanceof TypeElement;
                    enclosing = enclosing.getEnclosingElement()) {
                used.add(enclosing);
            }
        }
        return type;
    }

    private static List<Element> nullable(Element element) {
        return element == null ? List.of() : List.of(element);
    }
}
