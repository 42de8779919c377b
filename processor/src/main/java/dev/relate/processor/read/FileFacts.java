package dev.relate.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.End;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.write.FileOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads what a generated file needs to know about the user's package and classes to compile
 * cleanly there: which {@code java.lang} names a class of the package shadows, and whether it uses
 * anything deprecated.
 */
public final class FileFacts {
    private final Elements elements;

    public FileFacts(Elements elements) {
        this.elements = elements;
    }

    public FileOptions forRelations(RelationsClass relations) {
        List<Element> used = new ArrayList<>();
        for (Relationship relationship : relations.relationships()) {
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
        for (LinkTableClass.Entity entity : List.of(table.left(), table.right())) {
            TypeElement type = elements.getTypeElement(entity.type().canonicalName());
            if (type != null) {
                String member = entity.id().getter() != null ? entity.id().getter() : entity.id().field();
                used.addAll(entity.id().getter() != null ? Members.methods(type, member, 0)
                        : nullable(Members.field(type, member)));
            }
        }
        return options(table.name().packageName(), used);
    }

    public FileOptions forAssociationTable(AssociationTableClass table) {
        List<Element> used = new ArrayList<>();
        addEnd(table.association().left().end(), used);
        addEnd(table.association().right().end(), used);
        addEnd(table.association().left().inverse(), used);
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
            TypeElement shadow = pkg.isEmpty() ? null : elements.getTypeElement(pkg + "." + name);
            if (shadow != null) {
                qualify.add(name);
            }
        }
        boolean deprecated = false;
        for (Element element : used) {
            deprecated |= elements.isDeprecated(element);
        }
        return new FileOptions(qualify, deprecated);
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
            for (String accessor : new String[] {end.access().getter(), end.access().setter()}) {
                if (accessor != null) {
                    for (ExecutableElement method : Members.methods(owner, accessor, accessor.startsWith("set") ? 1 : 0)) {
                        used.add(method);
                    }
                }
            }
        }
    }

    private TypeElement addType(ClassName name, List<Element> used) {
        TypeElement type = elements.getTypeElement(name.canonicalName());
        if (type != null) {
            for (Element enclosing = type; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
                used.add(enclosing);
            }
        }
        return type;
    }

    private static List<Element> nullable(Element element) {
        return element == null ? List.of() : List.of(element);
    }
}
