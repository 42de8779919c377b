package dev.relate.processor.properties;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * A generated model: classes with fields, annotations and accessors, rendered as Java sources of
 * its own packages, and what its relationships are, for calling their helpers.
 */
final class Model {
    /** The base package; every class of the model is in it or below it. */
    final String prefix;
    final List<Cls> classes = new ArrayList<>();
    final List<Rel> rels = new ArrayList<>();
    final List<Assoc> assocs = new ArrayList<>();
    /** What the generator built, for reports. */
    final List<String> notes = new ArrayList<>();
    /** For an invalid model: the mutation, and the ids of which at least one error must carry. */
    String mutation;
    /** Which mutation, by the name of the method that made it: {@code missingName}. */
    String mutationKind;
    Set<String> expected;
    /**
     * What the mutation's javac errors do to the whole compilation: 0 nothing; {@link #DEFERS} a
     * type javac cannot resolve, so that relate waits for a round that never comes and writes
     * nothing; {@link #STOPS} an annotation javac rejects, after which javac runs no processor.
     */
    int javacLevel;
    static final int DEFERS = 1;
    static final int STOPS = 2;
    private List<JavaFileObject> rendered;
    private Map<String, String> texts;

    Model(String prefix) {
        this.prefix = prefix;
    }

    boolean isValid() {
        return mutation == null;
    }

    /** An annotation as written: its type and its attributes, each a source expression. */
    static final class Ann {
        String type;
        final Map<String, String> attrs = new LinkedHashMap<>();

        Ann(String type) {
            this.type = type;
        }

        Ann with(String name, String value) {
            attrs.put(name, value);
            return this;
        }

        Ann withString(String name, String value) {
            return with(name, quote(value));
        }

        String string(String name) {
            String value = attrs.get(name);
            return value == null ? null : value.substring(1, value.length() - 1);
        }

        boolean is(String simpleName) {
            return type.equals("dev.relate." + simpleName);
        }

        String render() {
            if (attrs.isEmpty()) {
                return "@" + type;
            }
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, String> entry : attrs.entrySet()) {
                parts.add(entry.getKey() + " = " + entry.getValue());
            }
            return "@" + type + "(" + String.join(", ", parts) + ")";
        }
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A field and the accessors of it that its class declares. */
    static final class Field {
        String name;
        String type;
        final List<Ann> anns = new ArrayList<>();
        String visibility = "";
        boolean isStatic;
        boolean isFinal;
        boolean isTransient;
        boolean isVolatile;
        /** Whether the field and its accessors are deprecated (used only in its class and by generated code). */
        boolean deprecated;
        String init;
        /** The getter's visibility, or null for none. */
        String getter;
        /** The setter's visibility, or null for none. */
        String setter;
        /** Lines of the file, from the first annotation to the declaration; set when rendered. */
        int line;
        int endLine;

        Field(String name, String type) {
            this.name = name;
            this.type = type;
        }

        Ann ann() {
            for (Ann ann : anns) {
                if (ann.is("OneToManyRel") || ann.is("ManyToOneRel") || ann.is("ManyToManyRel")) {
                    return ann;
                }
            }
            return null;
        }

        boolean isPrivate() {
            return visibility.equals("private");
        }

        String capitalized() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    /** A class of the model. */
    static final class Cls {
        String pkg;
        String name;
        /** The enclosing class, or null for a top-level class. */
        Cls outer;
        /** For a member class: whether it is static. */
        boolean isStatic = true;
        String visibility = "public";
        String keyword = "class";
        boolean isAbstract;
        boolean deprecated;
        String typeParams = "";
        /** What the class extends and implements, as written; null for nothing. */
        String superclass;
        Cls base;
        final List<String> interfaces = new ArrayList<>();
        final List<Ann> anns = new ArrayList<>();
        final List<Field> fields = new ArrayList<>();
        /** Constructors and other methods, each as lines without indentation. */
        final List<List<String>> members = new ArrayList<>();
        /** Whether instances are ordered, by a serial number, so that sorted sets can hold them. */
        boolean comparable;
        /** Whether this class is an entity, the association class of an association, or a helper. */
        boolean entity;
        boolean association;
        /** Whether instances need an id that association tables can store. */
        boolean needsId;
        /** A class of the JDK, not of the model: the target of a one-way end, never rendered. */
        boolean external;
        /** The file and the lines the class spans; set when rendered. */
        String file;
        int start;
        int end;
        /** The first and last line of each member: pairs of numbers. */
        final List<Integer> memberLines = new ArrayList<>();

        Cls(String pkg, String name) {
            this.pkg = pkg;
            this.name = name;
        }

        /** As written in source: {@code m3.Outer.Inner}. */
        String qualified() {
            return outer == null ? pkg + "." + name : outer.qualified() + "." + name;
        }

        /** As the class loader knows it: {@code m3.Outer$Inner}. */
        String binary() {
            return outer == null ? pkg + "." + name : outer.binary() + "$" + name;
        }

        /** The simple names from the top-level class down, joined with the separator. */
        String simpleNames(String separator) {
            return outer == null ? name : outer.simpleNames(separator) + separator + name;
        }

        /** The helpers relate writes for it: {@code m3.Outer_InnerRelations}. */
        String relations() {
            return pkg + "." + simpleNames("_") + "Relations";
        }

        Cls top() {
            return outer == null ? this : outer.top();
        }

        boolean isInner() {
            return outer != null && !isStatic;
        }

        Field field(String fieldName) {
            for (Cls current = this; current != null; current = current.base) {
                for (Field field : current.fields) {
                    if (field.name.equals(fieldName)) {
                        return field;
                    }
                }
            }
            return null;
        }

        /** The class that declares the field, itself or a base class. */
        Cls declaring(Field field) {
            for (Cls current = this; current != null; current = current.base) {
                if (current.fields.contains(field)) {
                    return current;
                }
            }
            return null;
        }
    }

    /**
     * One end of a relationship.
     *
     * @param owner the class whose instances hold the end (the entity, never its base)
     * @param field the field, declared in {@code owner} or its base
     */
    record End(Cls owner, Field field, boolean collection) {
        Cls declaring() {
            return owner.declaring(field);
        }
    }

    /** The kinds of relationship the generator builds. */
    enum Kind { ONE_TO_MANY, ONE_TO_ONE, MANY_TO_MANY, ASSOCIATION_SIDE }

    /**
     * A relationship between two fields; {@code a} is the collection end of a one-to-many, the
     * {@code uselist = false} end of a one-to-one, the left end of a many-to-many, the collection
     * of associations of an association side; either may be null for a one-way relationship.
     */
    static final class Rel {
        final Kind kind;
        final String style;
        End a;
        End b;
        /** The classes of the two ends, also where an end is missing (one-way). */
        Cls aClass;
        Cls bClass;
        /** The end whose annotation declares the relationship (names the other, or is one-way). */
        End declared;
        Assoc assoc;

        Rel(Kind kind, String style) {
            this.kind = kind;
            this.style = style;
        }

        End other(End end) {
            return end == a ? b : a;
        }

        @Override
        public String toString() {
            return kind + " " + style + " " + describe(a) + " / " + describe(b);
        }

        private static String describe(End end) {
            return end == null ? "-" : end.owner().simpleNames(".") + "." + end.field().name;
        }
    }

    /** An association class and its two sides. */
    static final class Assoc {
        Cls type;
        Rel left;
        Rel right;
        /** Whether relate can call a constructor without parameters. */
        boolean creatable;
        String table;
    }

    /** The sources, one file per top-level class. */
    List<JavaFileObject> sources() {
        if (rendered == null) {
            render();
        }
        return rendered;
    }

    /** The text of each source file, by its path. */
    Map<String, String> texts() {
        if (texts == null) {
            render();
        }
        return texts;
    }

    private void render() {
        rendered = new ArrayList<>();
        texts = new LinkedHashMap<>();
        for (Cls cls : classes) {
            if (cls.outer != null || cls.external) {
                continue;
            }
            String path = cls.pkg.replace('.', '/') + "/" + cls.name + ".java";
            List<String> lines = new ArrayList<>();
            lines.add("package " + cls.pkg + ";");
            lines.add("");
            renderClass(cls, path, lines, "");
            String text = String.join("\n", lines) + "\n";
            texts.put(path, text);
            rendered.add(JavaFileObjects.forSourceString(cls.qualified(), text));
        }
    }

    private void renderClass(Cls cls, String path, List<String> lines, String indent) {
        cls.file = path;
        cls.start = lines.size() + 1;
        if (cls.deprecated) {
            lines.add(indent + "@java.lang.Deprecated");
        }
        for (Ann ann : cls.anns) {
            lines.add(indent + ann.render());
        }
        StringBuilder header = new StringBuilder(indent);
        modifier(header, cls.visibility);
        if (cls.outer != null && cls.isStatic && !cls.keyword.equals("interface") && !cls.keyword.equals("record")) {
            header.append("static ");
        }
        if (cls.isAbstract) {
            header.append("abstract ");
        }
        header.append(cls.keyword).append(' ').append(cls.name).append(cls.typeParams);
        if (cls.superclass != null) {
            header.append(" extends ").append(cls.superclass);
        }
        if (!cls.interfaces.isEmpty()) {
            header.append(" implements ").append(String.join(", ", cls.interfaces));
        }
        header.append(" {");
        lines.add(header.toString());
        String inner = indent + "    ";
        for (Field field : cls.fields) {
            field.line = lines.size() + 1;
            if (field.deprecated) {
                lines.add(inner + "@java.lang.Deprecated");
            }
            for (Ann ann : field.anns) {
                lines.add(inner + ann.render());
            }
            StringBuilder declaration = new StringBuilder(inner);
            modifier(declaration, field.visibility);
            if (field.isStatic) {
                declaration.append("static ");
            }
            if (field.isFinal) {
                declaration.append("final ");
            }
            if (field.isTransient) {
                declaration.append("transient ");
            }
            if (field.isVolatile) {
                declaration.append("volatile ");
            }
            declaration.append(field.type).append(' ').append(field.name);
            if (field.init != null) {
                declaration.append(" = ").append(field.init);
            }
            lines.add(declaration.append(';').toString());
            field.endLine = lines.size();
        }
        for (List<String> member : cls.members) {
            lines.add("");
            cls.memberLines.add(lines.size() + 1);
            for (String line : member) {
                lines.add(line.isEmpty() ? "" : inner + line);
            }
            cls.memberLines.add(lines.size());
        }
        for (Field field : cls.fields) {
            if (field.getter != null) {
                lines.add("");
                if (field.deprecated) {
                    lines.add(inner + "@java.lang.Deprecated");
                }
                StringBuilder getter = new StringBuilder(inner);
                modifier(getter, field.getter);
                lines.add(getter + field.type + " get" + field.capitalized() + "() {");
                lines.add(inner + "    return " + field.name + ";");
                lines.add(inner + "}");
            }
            if (field.setter != null) {
                lines.add("");
                if (field.deprecated) {
                    lines.add(inner + "@java.lang.Deprecated");
                }
                StringBuilder setter = new StringBuilder(inner);
                modifier(setter, field.setter);
                lines.add(setter + "void set" + field.capitalized() + "(" + field.type + " value) {");
                lines.add(inner + "    this." + field.name + " = value;");
                lines.add(inner + "}");
            }
        }
        if (cls.comparable) {
            lines.add("");
            lines.add(inner + "@java.lang.Override");
            lines.add(inner + "public int compareTo(" + cls.qualified() + " other) {");
            lines.add(inner + "    return java.lang.Integer.compare(serial, other.serial);");
            lines.add(inner + "}");
        }
        for (Cls nested : classes) {
            if (nested.outer == cls) {
                lines.add("");
                renderClass(nested, path, lines, inner);
            }
        }
        lines.add(indent + "}");
        cls.end = lines.size();
    }

    private static void modifier(StringBuilder out, String visibility) {
        if (!visibility.isEmpty()) {
            out.append(visibility).append(' ');
        }
    }

    /**
     * The innermost class of the file that spans the line, or null, also for a line of a method or
     * an initializer, which may hold classes of their own (local and anonymous ones).
     */
    Cls classAt(String path, long line) {
        sources();
        Cls found = null;
        for (Cls cls : classes) {
            if ((path.equals(cls.file) || path.endsWith("/" + cls.file)) && cls.start <= line && line <= cls.end
                    && (found == null || found.start <= cls.start)) {
                found = cls;
            }
        }
        if (found != null) {
            for (int i = 0; i < found.memberLines.size(); i += 2) {
                if (found.memberLines.get(i) <= line && line <= found.memberLines.get(i + 1)) {
                    return null;
                }
            }
        }
        return found;
    }

    /** Whether the path is one of this model's source files. */
    boolean owns(String path) {
        for (String file : texts().keySet()) {
            if (path.equals(file) || path.endsWith("/" + file)) {
                return true;
            }
        }
        return false;
    }

    /** The model for a report: what it is, and every source file. */
    String report() {
        StringBuilder out = new StringBuilder();
        out.append("model ").append(prefix);
        if (mutation != null) {
            out.append(", mutated: ").append(mutation).append(" (expected one of ").append(expected).append(')');
        }
        out.append('\n');
        for (String note : notes) {
            out.append("  ").append(note).append('\n');
        }
        for (Map.Entry<String, String> file : texts().entrySet()) {
            out.append("---- ").append(file.getKey()).append('\n');
            String[] lines = file.getValue().split("\n", -1);
            for (int i = 0; i < lines.length - 1; i++) {
                out.append(String.format("%3d  %s%n", i + 1, lines[i]));
            }
        }
        return out.toString();
    }
}
