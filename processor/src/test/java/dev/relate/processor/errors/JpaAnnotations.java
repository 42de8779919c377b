package dev.relate.processor.errors;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The JPA annotations relate reads, as sources with JPA's names, attributes, targets and RUNTIME
 * retention, in {@code jakarta.persistence} or {@code javax.persistence}: enough to compile entities
 * with, so that the processor's tests need no JPA jar.
 */
final class JpaAnnotations {
    private JpaAnnotations() {
    }

    /** The annotations of the package {@code api.persistence}. */
    static List<JavaFileObject> sources(String api) {
        String pkg = api + ".persistence";
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(annotation(pkg, "Entity", "String name() default \"\";"));
        sources.add(annotation(pkg, "Id", ""));
        sources.add(annotation(pkg, "Column", "String name() default \"\";"));
        sources.add(annotation(pkg, "Table",
                "String name() default \"\"; String schema() default \"\"; String catalog() default \"\";"));
        sources.add(annotation(pkg, "OneToMany",
                "String mappedBy() default \"\"; Class<?> targetEntity() default void.class;"));
        sources.add(annotation(pkg, "ManyToOne", "boolean optional() default true;"));
        sources.add(annotation(pkg, "OneToOne", "String mappedBy() default \"\"; boolean optional() default true;"));
        sources.add(annotation(pkg, "ManyToMany", "String mappedBy() default \"\";"));
        sources.add(annotation(pkg, "JoinColumn", "String name() default \"\";"));
        sources.add(annotation(pkg, "OrderColumn", "String name() default \"\";"));
        sources.add(annotation(pkg, "MappedSuperclass", ""));
        sources.add(annotation(pkg, "Transient", ""));
        sources.add(annotation(pkg, "Access", "AccessType value();"));
        sources.add(JavaFileObjects.forSourceLines(pkg + ".AccessType", "package " + pkg + ";",
                "public enum AccessType { FIELD, PROPERTY }"));
        sources.add(annotation(pkg, "Embeddable", ""));
        sources.add(annotation(pkg, "Embedded", ""));
        sources.add(annotation(pkg, "JoinTable", "String name() default \"\";"
                + " String schema() default \"\"; String catalog() default \"\";"
                + " JoinColumn[] joinColumns() default {}; JoinColumn[] inverseJoinColumns() default {};"));
        return sources;
    }

    private static JavaFileObject annotation(String pkg, String name, String body) {
        return JavaFileObjects.forSourceLines(pkg + "." + name,
                "package " + pkg + ";",
                "import java.lang.annotation.*;",
                "@Retention(RetentionPolicy.RUNTIME)",
                "@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})",
                "public @interface " + name + " {",
                "    " + body,
                "}");
    }
}
