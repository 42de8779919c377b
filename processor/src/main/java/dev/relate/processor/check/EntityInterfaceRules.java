package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relate.processor.model.EntityInterface;
import dev.relate.processor.model.Helper;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.read.EntityInterfaceDeclarations;
import dev.relate.processor.read.Members;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The {@code <Class>Related} interfaces to write: one for each owner that implements its own,
 * opting in (relate writes none otherwise, so a class that does not ask costs nothing). The rules:
 * a method of the owner (declared or inherited) with the name and parameters of one of the
 * interface's would replace relate's without a word, and a class that is not the owner (nor a
 * subclass of it) cannot implement it, since its methods run on an owner.
 */
final class EntityInterfaceRules {
    private final Elements elements;
    private final Types types;
    private final Diagnostics diagnostics;
    private final Function<RelationsClass, List<Helper>> helpers;

    EntityInterfaceRules(Elements elements, Types types, Diagnostics diagnostics,
            Function<RelationsClass, List<Helper>> helpers) {
        this.elements = elements;
        this.types = types;
        this.diagnostics = diagnostics;
        this.helpers = helpers;
    }

    /**
     * @param classes the classes to generate, in the order of their owners' qualified names
     * @param buildTypes the classes compiled in this build
     * @return the interfaces to write, for owners without errors, in the order of {@code classes}
     */
    List<EntityInterface> check(List<RelationsClass> classes, Set<TypeElement> buildTypes) {
        Map<ClassName, TypeElement> optedIn = new LinkedHashMap<>();
        for (RelationsClass relations : classes) {
            TypeElement owner = elements.getTypeElement(relations.owner().canonicalName());
            ClassName name = EntityInterface.nameFor(relations.owner());
            if (owner != null && buildTypes.contains(owner) && !diagnostics.hasErrors(owner) && optsIn(owner)) {
                optedIn.put(name, owner);
            }
        }
        reportOthersImplementing(optedIn, buildTypes);
        List<EntityInterface> interfaces = new ArrayList<>();
        for (RelationsClass relations : classes) {
            ClassName name = EntityInterface.nameFor(relations.owner());
            TypeElement owner = optedIn.get(name);
            if (owner == null) {
                continue;
            }
            try {
                checkMethods(relations, name, owner);
            } catch (RuntimeException e) {
                diagnostics.error(owner, Message.UNEXPECTED, DisplayNames.simpleName(owner), e);
                diagnostics.poison(owner);
            }
            if (!diagnostics.hasErrors(owner)) {
                interfaces.add(new EntityInterface(name, relations, superinterface(relations)));
            }
        }
        return interfaces;
    }

    /** Whether {@code type} implements its own interface itself. */
    private static boolean optsIn(TypeElement type) {
        ClassName name = EntityInterface.nameFor(ClassName.get(type));
        return EntityInterfaceDeclarations.implementsByName(type, name.packageName(), name.simpleName());
    }

    /**
     * The interface of the nearest superclass in the owner's package that implements its own, or
     * null: a class file's too, so that a class compiled alone gets what a full build writes.
     */
    private ClassName superinterface(RelationsClass relations) {
        for (RelationsClass superclass : relations.superclasses()) {
            TypeElement type = elements.getTypeElement(superclass.owner().canonicalName());
            if (type != null && optsIn(type)) {
                return EntityInterface.nameFor(superclass.owner());
            }
        }
        return null;
    }

    /** Reports each class of the build that implements an owner's interface but is no owner. */
    private void reportOthersImplementing(Map<ClassName, TypeElement> optedIn, Set<TypeElement> buildTypes) {
        for (TypeElement type : buildTypes) {
            if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.ENUM
                    && type.getKind() != ElementKind.RECORD) {
                continue;
            }
            for (Map.Entry<ClassName, TypeElement> entry : optedIn.entrySet()) {
                ClassName name = entry.getKey();
                TypeElement owner = entry.getValue();
                if (type != owner && !Members.isSameOrSubclass(type, owner)
                        && EntityInterfaceDeclarations.implementsByName(type, name.packageName(), name.simpleName())) {
                    diagnostics.error(type, Message.ENTITY_INTERFACE_NOT_OWNER, DisplayNames.simpleName(type),
                            name.simpleName(), DisplayNames.simpleName(owner));
                    diagnostics.poison(type);
                }
            }
        }
    }

    private void checkMethods(RelationsClass relations, ClassName name, TypeElement owner) {
        // relate's own interfaces of the owner and its superclasses, from this round or class files
        Set<String> generatedNames = new HashSet<>();
        for (TypeElement type : Members.hierarchy(owner)) {
            generatedNames.add(EntityInterface.nameFor(ClassName.get(type)).canonicalName());
        }
        List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(owner));
        for (Helper helper : helpers.apply(relations)) {
            if (!EntityInterface.offers(helper, relations.owner())) {
                continue;
            }
            String method = EntityInterface.methodName(helper);
            List<ParameterSpec> parameters = helper.method().parameters();
            List<String> erased = new ArrayList<>();
            for (ParameterSpec parameter : parameters.subList(1, parameters.size())) {
                erased.add(erasedName(parameter.type()));
            }
            for (ExecutableElement existing : methods) {
                Element declaring = existing.getEnclosingElement();
                if (declaring instanceof TypeElement declaringType
                        && generatedNames.contains(declaringType.getQualifiedName().toString())) {
                    continue; // the interface itself, from an earlier round or a class file
                }
                if (existing.getSimpleName().contentEquals(method) && sameErasure(existing, erased)) {
                    String signature = method + "(" + String.join(", ", simpleNames(erased)) + ")";
                    diagnostics.error(declaring.equals(owner) ? existing : owner, Message.ENTITY_METHOD_CLASH,
                            DisplayNames.simpleName(owner), name.simpleName(), signature, writtenFor(helper, owner),
                            DisplayNames.simpleName((TypeElement) declaring));
                    diagnostics.poison(owner);
                }
            }
        }
    }

    private static String writtenFor(Helper helper, TypeElement owner) {
        if (helper.end() != null) {
            return helper.end().displayName();
        }
        return Message.Part.DETACHING.format(DisplayNames.simpleName(owner));
    }

    private boolean sameErasure(ExecutableElement method, List<String> erased) {
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.size() != erased.size()) {
            return false;
        }
        for (int i = 0; i < erased.size(); i++) {
            if (!types.erasure(parameters.get(i).asType()).toString().equals(erased.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The canonical name of a parameter's erased type, as javac prints an erasure: {@code java.util.Collection}. */
    private static String erasedName(TypeName type) {
        TypeName raw = type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
        return raw instanceof ClassName name ? name.canonicalName() : raw.toString();
    }

    private static List<String> simpleNames(List<String> qualified) {
        List<String> names = new ArrayList<>();
        for (String name : qualified) {
            names.add(name.substring(name.lastIndexOf('.') + 1));
        }
        return names;
    }
}
