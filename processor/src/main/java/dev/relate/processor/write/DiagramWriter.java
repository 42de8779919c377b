package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.End;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Relationship;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws relationships as a Mermaid {@code classDiagram}: a box per class, grouped by package, listing
 * its relationship fields (and an association class's extra data), a line per relationship with
 * the multiplicity at each end and the two field names as its label, and an arrow from a class to its
 * nearest superclass in its package that holds ends of its own (the ends its objects inherit). Pure:
 * text in, text out, the same text for the same model.
 *
 * <p>A class's id is its binary name in backquotes, so two classes of one simple name in different
 * packages stay two boxes, and its label is the name as written in Java ({@code Outer.Inner}).
 */
public final class DiagramWriter {
    /** Where the diagram of each class's relationships goes, in the class output: {@code <dir><binary name>.mmd}. */
    public static final String FRAGMENTS = "META-INF/relate/model/";

    /** Where the diagram of every relationship of a compilation goes, when the build asks for it. */
    public static final String MODEL = "META-INF/relate/model.mmd";

    private static final String INDENT = "    ";

    private DiagramWriter() {
    }

    /** The resource of a class's diagram: {@code META-INF/relate/model/com.example.Outer$Inner.mmd}. */
    public static String fragmentPath(ClassName owner) {
        return FRAGMENTS + binaryName(owner) + ".mmd";
    }

    /**
     * The diagram of one class: its relationships, the classes at their other ends, and the
     * association classes it takes part in.
     */
    public static String fragment(RelationsClass relations) {
        Diagram diagram = new Diagram();
        diagram.add(relations);
        return diagram.render("relationships of " + binaryName(relations.owner()));
    }

    /** The diagram of every relationship of the given classes, each drawn once. */
    public static String model(Collection<RelationsClass> relations) {
        Diagram diagram = new Diagram();
        for (RelationsClass each : relations) {
            diagram.add(each);
        }
        return diagram.render("every relationship of the compilation");
    }

    /** {@code com.example.Outer$Inner}. */
    static String binaryName(ClassName type) {
        String simple = String.join("$", type.simpleNames());
        return type.packageName().isEmpty() ? simple : type.packageName() + "." + simple;
    }

    /** What is drawn: boxes by binary name, lines by the end they are drawn from. */
    private static final class Diagram {
        private final Map<String, Box> boxes = new TreeMap<>();
        private final Map<String, Line> lines = new TreeMap<>();
        /** The ends of association classes to their left and right objects, each exactly one while linked. */
        private final Set<End> associationEnds = new HashSet<>();
        /** Each class's nearest superclass that holds ends of its own, by the class's binary name. */
        private final Map<String, ClassName> superclasses = new TreeMap<>();

        void add(RelationsClass relations) {
            box(relations.owner());
            if (!relations.superclasses().isEmpty()) {
                ClassName superclass = relations.superclasses().get(0).owner();
                box(superclass);
                superclasses.put(binaryName(relations.owner()), superclass);
            }
            for (Relationship relationship : relations.relationships()) {
                add(relationship);
            }
            for (AssociationClass.Part part : relations.associations()) {
                AssociationClass association = part.association();
                Box box = box(association.type());
                box.stereotype = association.table().isEmpty() ? "association"
                        : "association, table " + association.table();
                add(association.left());
                add(association.right());
                for (AssociationClass.Extra extra : association.extras()) {
                    box.extras.put(extra.name(), TypeText.of(extra.type()) + " " + extra.name());
                }
                associationEnds.add(association.left().end());
                associationEnds.add(association.right().end());
            }
        }

        private void add(Relationship relationship) {
            End end = relationship.end();
            End inverse = relationship.inverse();
            member(end);
            box(end.target());
            if (inverse != null) {
                member(inverse);
            }
            Relationship drawn = inverse != null && drawnFrom(inverse, end) ? relationship.reversed() : relationship;
            lines.putIfAbsent(key(drawn.end()), new Line(drawn));
        }

        private void member(End end) {
            box(end.owner()).members.putIfAbsent(end.field(), TypeText.of(end.type()) + " " + end.field());
        }

        private Box box(ClassName type) {
            return boxes.computeIfAbsent(binaryName(type), name -> new Box(type));
        }

        /**
         * Whether a two-way relationship's line starts at {@code end} rather than at {@code other}: at the
         * collection of a one-to-many (the "one" side, as a class diagram draws it), else at the end whose
         * class and field come first.
         */
        private static boolean drawnFrom(End end, End other) {
            if (end.isCollection() != other.isCollection()) {
                return end.isCollection();
            }
            return key(end).compareTo(key(other)) < 0;
        }

        private static String key(End end) {
            return binaryName(end.owner()) + "#" + end.field();
        }

        String render(String what) {
            StringBuilder out = new StringBuilder("classDiagram\n");
            out.append(INDENT).append("%% relate: ").append(what).append('\n');
            Map<String, StringBuilder> byPackage = new TreeMap<>();
            for (Box box : boxes.values()) {
                box.render(byPackage.computeIfAbsent(box.type.packageName(), pkg -> new StringBuilder()),
                        box.type.packageName().isEmpty() ? INDENT : INDENT + INDENT);
            }
            for (Map.Entry<String, StringBuilder> pkg : byPackage.entrySet()) {
                if (pkg.getKey().isEmpty()) {
                    out.append(pkg.getValue());
                } else {
                    out.append(INDENT).append("namespace ").append(pkg.getKey()).append(" {\n")
                            .append(pkg.getValue()).append(INDENT).append("}\n");
                }
            }
            for (Line line : lines.values()) {
                out.append(INDENT).append(line.render(associationEnds)).append('\n');
            }
            for (Map.Entry<String, ClassName> inherits : superclasses.entrySet()) {
                out.append(INDENT).append(id(inherits.getValue())).append(" <|-- `").append(inherits.getKey())
                        .append("`\n");
            }
            return out.toString();
        }
    }

    /** A class's box: its relationship fields, and an association class's stereotype and extra data. */
    private static final class Box {
        final ClassName type;
        final Map<String, String> members = new LinkedHashMap<>();
        final Map<String, String> extras = new LinkedHashMap<>();
        String stereotype;

        Box(ClassName type) {
            this.type = type;
        }

        void render(StringBuilder out, String indent) {
            out.append(indent).append("class ").append(id(type)).append("[\"")
                    .append(String.join(".", type.simpleNames())).append("\"]");
            if (stereotype == null && members.isEmpty() && extras.isEmpty()) {
                out.append('\n');
                return;
            }
            out.append(" {\n");
            if (stereotype != null) {
                out.append(indent).append(INDENT).append("<<").append(stereotype).append(">>\n");
            }
            for (String member : members.values()) {
                out.append(indent).append(INDENT).append(member).append('\n');
            }
            for (String extra : extras.values()) {
                out.append(indent).append(INDENT).append(extra).append('\n');
            }
            out.append(indent).append("}\n");
        }
    }

    /** {@code `com.example.Outer$Inner`}: Mermaid takes any text between backquotes as an id. */
    private static String id(ClassName type) {
        return "`" + binaryName(type) + "`";
    }

    /**
     * A relationship's line, drawn from one end chosen alike whichever class's diagram draws it, with an
     * arrow for a one-way relationship.
     */
    private record Line(Relationship relationship) {

        String render(Set<End> associationEnds) {
            End end = relationship.end();
            End inverse = relationship.inverse();
            ClassName right = inverse == null ? end.target() : inverse.owner();
            String nearRight = multiplicity(end, associationEnds);
            String nearLeft = inverse != null ? multiplicity(inverse, associationEnds) : switch (relationship.kind()) {
                case ONE_TO_MANY, ONE_TO_ONE -> "0..1";
                case MANY_TO_ONE, MANY_TO_MANY -> "*";
            };
            String label = inverse == null ? end.field() : end.field() + " / " + inverse.field();
            if (relationship.table() != null && !relationship.table().isEmpty()) {
                label += ", table " + relationship.table();
            }
            return id(end.owner()) + " \"" + nearLeft + "\" " + (inverse == null ? "-->" : "--") + " \""
                    + nearRight + "\" " + id(right) + " : " + label;
        }

        /** How many objects {@code end} holds: an association's end holds exactly one of its sides. */
        private static String multiplicity(End end, Set<End> associationEnds) {
            if (end.isCollection()) {
                return "*";
            }
            return associationEnds.contains(end) ? "1" : "0..1";
        }
    }
}
