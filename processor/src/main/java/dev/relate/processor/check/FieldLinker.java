package dev.relate.processor.check;

import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The first step of the checker: field rules, then pairing. Checks each annotated field on its own
 * (and that relate's annotation agrees with a JPA mapping beside it), finds its other end, and checks
 * that every {@code @Backref} field is the other end of some declaration.
 */
final class FieldLinker {
    private final DeclarationReader declarations;
    private final FieldRules fieldRules;
    private final PairingRules pairingRules;
    private final BackrefMarkerRule markerRule;
    private final JpaAgreementRule agreementRule;
    private final AcyclicRule acyclicRule;
    private final PositionRule positionRule;
    private final OrderColumnRule orderColumnRule;
    private final MapRule mapRule;
    private final Diagnostics diagnostics;

    FieldLinker(DeclarationReader declarations, FieldRules fieldRules, JpaAgreementRule agreementRule,
            PairingRules pairingRules, BackrefMarkerRule markerRule, AcyclicRule acyclicRule,
            PositionRule positionRule, OrderColumnRule orderColumnRule, MapRule mapRule, Diagnostics diagnostics) {
        this.mapRule = mapRule;
        this.agreementRule = agreementRule;
        this.acyclicRule = acyclicRule;
        this.positionRule = positionRule;
        this.orderColumnRule = orderColumnRule;
        this.declarations = declarations;
        this.fieldRules = fieldRules;
        this.pairingRules = pairingRules;
        this.markerRule = markerRule;
        this.diagnostics = diagnostics;
    }

    /** @param annotatedFields every field carrying a relate annotation, in a stable order */
    LinkedFields link(List<VariableElement> annotatedFields) {
        List<VariableElement> fields = markerRule.withDeclarationsNamingMarkers(annotatedFields);
        Map<VariableElement, Link> links = new LinkedHashMap<>();
        List<VariableElement> markers = new ArrayList<>();
        for (VariableElement field : fields) {
            try {
                Link link = checkField(field, markers);
                if (link != null) {
                    links.put(field, link);
                }
            } catch (RuntimeException e) {
                diagnostics.unexpected(field, e);
            }
        }
        Set<VariableElement> named = new HashSet<>();
        for (VariableElement field : fields) {
            try {
                markerRule.collectNamed(field, named);
            } catch (RuntimeException e) {
                diagnostics.unexpected(field, e);
            }
        }
        for (VariableElement marker : markers) {
            try {
                markerRule.check(marker, named);
            } catch (RuntimeException e) {
                diagnostics.unexpected(marker, e);
            }
        }
        Map<VariableElement, Integer> positions = new HashMap<>();
        for (VariableElement field : fields) {
            positions.put(field, positions.size());
        }
        return new LinkedFields(fields, links, positions);
    }

    /** Checks one annotated field on its own and finds its other end; null after errors or for a marker. */
    private Link checkField(VariableElement field, List<VariableElement> markers) {
        List<Declaration> found = declarations.declarationsOn(field);
        AnnotationMirror marker = declarations.backrefMarker(field);
        List<String> names = new ArrayList<>();
        for (Declaration declaration : found) {
            names.add(declaration.display());
        }
        if (marker != null) {
            names.add("@Backref");
        }
        if (names.size() > 1) {
            diagnostics.error(field, Message.CONFLICTING_ANNOTATIONS, DisplayNames.display(field), names.get(0),
                    names.get(1));
            diagnostics.poison(declaringType(field));
            return null;
        }
        if (found.isEmpty()) {
            if (marker != null) {
                markers.add(field);
            }
            return null;
        }
        Declaration declaration = found.get(0);
        Shape shape = fieldRules.check(declaration);
        Declaration mapping = declarations.jpaBeside(field);
        if (shape != null && mapping != null && !agreementRule.check(declaration, mapping, shape)) {
            shape = null;
        }
        Link link = shape == null ? null : pairingRules.pair(declaration, shape);
        if (link != null && !mapRule.check(link)) {
            link = null;
        }
        if (link != null && !acyclicRule.check(link)) {
            link = null;
        }
        if (link != null && !positionRule.check(link)) {
            link = null;
        }
        if (link != null && !orderColumnRule.check(link)) {
            link = null;
        }
        if (link == null) {
            diagnostics.poison(declaringType(field));
        }
        return link;
    }

    private static TypeElement declaringType(VariableElement field) {
        return (TypeElement) field.getEnclosingElement();
    }
}
