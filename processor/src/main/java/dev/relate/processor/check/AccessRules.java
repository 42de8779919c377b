package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.Access;
import dev.relate.processor.model.End;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.read.AccessFinder;
import dev.relate.processor.read.AccessorBodies;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.PropertyAccess;
import dev.relate.processor.read.Shape;
import dev.relate.processor.read.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Finds how generated code reaches each end's field, and builds the end's model. */
final class AccessRules {
    private final Types types;
    private final AccessFinder accessFinder;
    private final EndFactory endFactory;
    private final Visibility visibility;
    private final DeclarationReader declarations;
    private final Diagnostics diagnostics;
    private final AccessorBodies bodies;
    private final AccessFinder.Reach reach;

    /**
     * @param bodies reads accessors' bodies, to find those that call relate
     * @param reach how generated code reaches private fields with accessors
     */
    AccessRules(Types types, AccessFinder accessFinder, EndFactory endFactory, Visibility visibility,
            DeclarationReader declarations, Diagnostics diagnostics, AccessorBodies bodies, AccessFinder.Reach reach) {
        this.visibility = visibility;
        this.bodies = bodies;
        this.reach = reach;
        this.types = types;
        this.accessFinder = accessFinder;
        this.endFactory = endFactory;
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    /**
     * @param own whether the end is the one the declaration annotates; a backPopulates end reports
     *     its errors on its own annotation, a backref target on the backref value
     * @param jpaAlone whether JPA's mappings alone declare the relationship, which then needs no accessors
     *     where generated code reaches fields through handles
     * @return the end's model, or null after reporting that generated code cannot reach the field
     */
    End end(ResolvedEnd end, Link link, Set<String> packages, boolean own, boolean jpaAlone) {
        AccessFinder.Found found = accessFinder.find(end.field(), end.owner(), packages, !end.isCollection(),
                !jpaAlone);
        if (found.access() != null) {
            if (delegates(end, found.access(), packages) || delegatesUnderPropertyAccess(end, found)) {
                return null;
            }
            if (end.shape() instanceof Shape.Many many && many.isMap()) {
                Declaration declaration = own ? link.declaration() : declarationOn(end.field());
                Access key = keyAccess(declaration, many, packages);
                return key == null ? null : endFactory.create(end, found.access(), packages, key,
                        DisplayNames.display(many.target(), Members.field(many.target(), declaration.mapKey())));
            }
            return endFactory.create(end, found.access(), packages);
        }
        String type = DisplayNames.readable(types.asMemberOf((DeclaredType) end.owner().asType(), end.field()));
        String getter = Message.Part.GETTER.format(found.getter());
        String setter = Message.Part.SETTER.format(found.setter(), type);
        String missing = switch (found.missing()) {
            case "getter" -> getter;
            case "setter" -> setter;
            default -> Message.Part.GETTER_AND_SETTER.format(getter, setter);
        };
        List<String> names = List.copyOf(packages);
        String where = names.size() == 1 ? Message.Part.PACKAGE.format(names.get(0))
                : Message.Part.PACKAGES.format(String.join(", ", names.subList(0, names.size() - 1)),
                        names.get(names.size() - 1));
        String display = DisplayNames.display(end.owner(), end.field());
        Message.Part visible = visibleAs(end.field(), names);
        TypeMirror returned = found.missing().equals("setter") ? null : getterType(end, found.getter());
        TypeMirror taken = found.missing().equals("setter") ? setterType(end, found.setter()) : null;
        if (returned != null) {
            report(end, link, own, Message.GETTER_TYPE, display, where, found.getter(), DisplayNames.readable(returned),
                    type, visible);
        } else if (taken != null) {
            report(end, link, own, Message.SETTER_TYPE, display, where, found.setter(), DisplayNames.readable(taken),
                    type, visible);
        } else {
            report(end, link, own, Message.NO_ACCESSORS, display, where, missing, visible);
        }
        return null;
    }

    /**
     * How generated code in {@code packages} writes the position field that the link's declaration
     * names (checked by {@link PositionRule}); null after reporting that it cannot.
     */
    Access position(Link link, Set<String> packages) {
        Declaration declaration = link.declaration();
        TypeElement element = link.end().target();
        VariableElement field = Members.field(element, declaration.position());
        AccessFinder.Found found = accessFinder.find(field, element, packages, true);
        if (found.access() != null && found.access().writable()) {
            return found.access();
        }
        List<String> names = List.copyOf(packages);
        String where = names.size() == 1 ? Message.Part.PACKAGE.format(names.get(0))
                : Message.Part.PACKAGES.format(String.join(", ", names.subList(0, names.size() - 1)),
                        names.get(names.size() - 1));
        String getter = Message.Part.GETTER.format(found.getter());
        String setter = Message.Part.SETTER.format(found.setter(), field.asType());
        String missing = found.access() != null || found.missing().equals("setter") ? setter
                : found.missing().equals("getter") ? getter : Message.Part.GETTER_AND_SETTER.format(getter, setter);
        diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("position"),
                Message.POSITION_NOT_WRITABLE, DisplayNames.display(element, field),
                DisplayNames.display(declaration.field()), Message.Part.POSITION_HIDDEN.format(
                        DisplayNames.simpleName(element), missing, where));
        return null;
    }

    /**
     * How generated code reads the key attribute of a map end's elements (a getter is enough); null
     * after reporting on the map's declaration that it cannot.
     */
    private Access keyAccess(Declaration declaration, Shape.Many map, Set<String> packages) {
        VariableElement key = Members.field(map.target(), declaration.mapKey());
        AccessFinder.Found found = accessFinder.find(key, map.target(), packages, false);
        if (found.access() != null) {
            return found.access();
        }
        List<String> names = List.copyOf(packages);
        String where = names.size() == 1 ? Message.Part.PACKAGE.format(names.get(0))
                : Message.Part.PACKAGES.format(String.join(", ", names.subList(0, names.size() - 1)),
                        names.get(names.size() - 1));
        Message.Part visible = visibleAs(key, names);
        diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("key"), Message.NO_ACCESSORS,
                DisplayNames.display(map.target(), key), where, Message.Part.GETTER.format(found.getter()), visible);
        return null;
    }

    /**
     * Whether generated code would call an accessor of the end that calls relate's helpers of the end's
     * classes back, which would recurse without end; reported on the accessor.
     */
    private boolean delegates(ResolvedEnd end, Access access, Set<String> packages) {
        if (access.handle() != null || access.getter() == null) {
            return false; // the field itself, by name or through its handle
        }
        Set<String> helpers = helperNames(end);
        List<ExecutableElement> accessors = new ArrayList<>(Members.methods(end.owner(), access.getter(), 0));
        if (access.writable() && access.setter() != null) {
            accessors.addAll(Members.methods(end.owner(), access.setter(), 1));
        }
        for (ExecutableElement accessor : accessors) {
            String called = bodies.callsAny(accessor, helpers);
            if (called != null) {
                List<String> names = List.copyOf(packages);
                String where = names.size() == 1 ? Message.Part.PACKAGE.format(names.get(0))
                        : Message.Part.PACKAGES.format(String.join(", ", names.subList(0, names.size() - 1)),
                                names.get(names.size() - 1));
                String visible = visibleAs(end.field(), names).format();
                String name = accessor.getSimpleName().toString();
                String fix = switch (reach) {
                    case ACCESSORS_FOR_JAVA_8 -> Message.Part.DELEGATING_FIX_RELEASE_8.format(visible, name, called);
                    case ACCESSORS_ASKED_FOR -> Message.Part.DELEGATING_FIX_OPTION.format(visible, name, called);
                    case HANDLES -> Message.Part.DELEGATING_FIX.format(visible, name, called);
                };
                diagnostics.error(accessor, Message.DELEGATING_ACCESSOR, DisplayNames.display(end.owner(), end.field()),
                        where, name, called, fix);
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the end's getter or setter calls relate's helpers while its class uses JPA property
     * access, where the provider calls them itself; reported on the accessor.
     */
    private boolean delegatesUnderPropertyAccess(ResolvedEnd end, AccessFinder.Found found) {
        // the property's own @Access(PROPERTY) first: it holds whatever the class uses
        ExecutableElement attribute = PropertyAccess.onAttribute(end.owner(), found.getter());
        Element classSign = PropertyAccess.of(end.owner());
        Element sign = attribute != null ? attribute : classSign;
        if (sign == null) {
            return false;
        }
        Set<String> helpers = helperNames(end);
        List<ExecutableElement> accessors = new ArrayList<>(Members.methods(end.owner(), found.getter(), 0));
        accessors.addAll(Members.methods(end.owner(), found.setter(), 1));
        for (ExecutableElement accessor : accessors) {
            String called = bodies.callsAny(accessor, helpers);
            if (called != null) {
                String why = attribute != null ? Message.Part.ACCESS_PROPERTY.format(attribute.getSimpleName() + "()")
                        : sign instanceof ExecutableElement getter
                        ? Message.Part.ID_ON_GETTER.format(getter.getAnnotationMirrors().stream()
                                .map(a -> a.getAnnotationType().asElement().getSimpleName().toString())
                                .filter(name -> name.equals("Id") || name.equals("EmbeddedId")).findFirst()
                                .orElse("Id"), getter.getSimpleName())
                        : Message.Part.ACCESS_PROPERTY.format(sign.getSimpleName());
                // mixed access: only the one property leaves the class's field access
                String wayOut = attribute != null && classSign == null
                        ? Message.Part.DROP_ACCESS_PROPERTY.format(attribute.getSimpleName())
                        : Message.Part.USE_FIELD_ACCESS.format();
                diagnostics.error(accessor, Message.PROPERTY_ACCESS_DELEGATING,
                        DisplayNames.display(end.owner(), end.field()), why, accessor.getSimpleName(), called,
                        wayOut);
                return true;
            }
        }
        return false;
    }

    /**
     * How a field must be declared for generated code in {@code packages} to read it: package-private
     * reaches only the package that declares it (a field inherited from a class in another package
     * is not reached so), and a generated class is no subclass, so protected never does.
     */
    private Message.Part visibleAs(VariableElement field, List<String> packages) {
        return packages.size() == 1 && packages.get(0).equals(visibility.packageOf(field))
                ? Message.Part.PACKAGE_PRIVATE_OR_PUBLIC : Message.Part.PUBLIC;
    }

    /** The simple names of the helper classes of the end's two classes. */
    private static Set<String> helperNames(ResolvedEnd end) {
        Set<String> helpers = new LinkedHashSet<>();
        helpers.add(RelationsClass.nameFor(ClassName.get(end.owner())).simpleName());
        if (end.target() != null) {
            helpers.add(RelationsClass.nameFor(ClassName.get(end.target())).simpleName());
        }
        return helpers;
    }

    /** The type the end's getter returns, when it has one of that name (the nearest) but not of the field's type. */
    private TypeMirror getterType(ResolvedEnd end, String getter) {
        DeclaredType owner = (DeclaredType) end.owner().asType();
        List<ExecutableElement> methods = Members.methods(end.owner(), getter, 0);
        if (methods.isEmpty()) {
            return null;
        }
        TypeMirror returned = ((ExecutableType) types.asMemberOf(owner, methods.get(0))).getReturnType();
        return types.isSameType(returned, types.asMemberOf(owner, end.field())) ? null : returned;
    }

    /**
     * The type the end's setter takes, when it has one of that name (the nearest) but none taking the
     * field's type.
     */
    private TypeMirror setterType(ResolvedEnd end, String setter) {
        DeclaredType owner = (DeclaredType) end.owner().asType();
        TypeMirror field = types.asMemberOf(owner, end.field());
        List<ExecutableElement> methods = Members.methods(end.owner(), setter, 1);
        for (ExecutableElement method : methods) {
            if (types.isSameType(((ExecutableType) types.asMemberOf(owner, method)).getParameterTypes().get(0),
                    field)) {
                return null;
            }
        }
        return methods.isEmpty() ? null
                : ((ExecutableType) types.asMemberOf(owner, methods.get(0))).getParameterTypes().get(0);
    }

    /**
     * Reports that generated code cannot reach an end: on its own annotation, on the other end's when
     * that names it with backPopulates, else on the backref value that names it.
     */
    private void report(ResolvedEnd end, Link link, boolean own, Message message, Object... args) {
        Declaration declaration = link.declaration();
        if (own) {
            diagnostics.error(declaration.site(), declaration.mirror(), null, message, args);
        } else if (link.isBackPopulates()) {
            Declaration other = declarationOn(end.field());
            diagnostics.error(other == null ? end.field() : other.site(), other == null ? null : other.mirror(), null,
                    message, args);
        } else {
            diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("backref"), message, args);
        }
    }

    private Declaration declarationOn(VariableElement field) {
        List<Declaration> found = declarations.declarationsOn(field);
        return found.isEmpty() ? null : found.get(0);
    }
}
