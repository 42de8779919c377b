package dev.relate.processor.check;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.relate.processor.read.RelKind;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports relate annotations on fields of local and anonymous classes. javac shows processors no
 * member of such classes, and they are not attributed yet, so this rule reads the source tree and
 * recognises the annotations by name and imports. It needs javac's tree API; other compilers skip it.
 */
public final class LocalClassRule {
    private static final String PACKAGE = "dev.relate";

    private final Trees trees;

    private LocalClassRule(Trees trees) {
        this.trees = trees;
    }

    /**
     * The rule, or null where the compiler has no tree API. Build tools that wrap javac's
     * environment (Gradle does, for incremental processing) are looked through.
     */
    public static LocalClassRule create(ProcessingEnvironment environment) {
        ProcessingEnvironment current = environment;
        for (int depth = 0; current != null && depth < 4; depth++) {
            try {
                return new LocalClassRule(Trees.instance(current));
            } catch (IllegalArgumentException | LinkageError unsupported) {
                current = wrapped(current);
            }
        }
        return null;
    }

    /** The environment a wrapper delegates to, found in its fields; null if none. */
    private static ProcessingEnvironment wrapped(ProcessingEnvironment wrapper) {
        for (Class<?> type = wrapper.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (ProcessingEnvironment.class.isAssignableFrom(field.getType())) {
                    try {
                        field.setAccessible(true);
                        return (ProcessingEnvironment) field.get(wrapper);
                    } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** Scans the source of a class compiled in this round. */
    public void check(Element root) {
        TreePath path = trees.getPath(root);
        if (path != null) {
            new Scanner(path.getCompilationUnit()).scan(path, null);
        }
    }

    private final class Scanner extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final Set<String> imported = new HashSet<>();
        private boolean importsAll;

        Scanner(CompilationUnitTree unit) {
            this.unit = unit;
            for (ImportTree importTree : unit.getImports()) {
                String name = importTree.getQualifiedIdentifier().toString();
                if (!importTree.isStatic() && name.equals(PACKAGE + ".*")) {
                    importsAll = true;
                } else if (!importTree.isStatic() && name.startsWith(PACKAGE + ".")) {
                    imported.add(name.substring(PACKAGE.length() + 1));
                }
            }
            if (unit.getPackageName() != null && unit.getPackageName().toString().equals(PACKAGE)) {
                importsAll = true;
            }
        }

        @Override
        public Void visitClass(ClassTree classTree, Void unused) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            boolean named = parent instanceof ClassTree || parent instanceof CompilationUnitTree;
            if (!named) {
                for (Tree member : classTree.getMembers()) {
                    if (member instanceof VariableTree field) {
                        report(classTree, field);
                    }
                }
            }
            return super.visitClass(classTree, unused);
        }

        private void report(ClassTree classTree, VariableTree field) {
            for (AnnotationTree annotation : field.getModifiers().getAnnotations()) {
                String written = annotation.getAnnotationType().toString();
                String simple = written.substring(written.lastIndexOf('.') + 1);
                if (!isRelate(written, simple)) {
                    continue;
                }
                boolean anonymous = classTree.getSimpleName().length() == 0;
                Message.Part what = anonymous ? Message.Part.ANONYMOUS_CLASS : Message.Part.LOCAL_CLASS;
                String name = anonymous ? Message.Part.CLASS_HOLDING.format(field.getName())
                        : classTree.getSimpleName().toString();
                trees.printMessage(Diagnostic.Kind.ERROR, Message.OWNER_NOT_NAMED.format(name, what), annotation, unit);
                return;
            }
        }

        private boolean isRelate(String written, String simple) {
            if (!relateAnnotations().contains(simple)) {
                return false;
            }
            return written.equals(PACKAGE + "." + simple) || (written.equals(simple)
                    && (importsAll || imported.contains(simple)));
        }
    }

    private static Set<String> relateAnnotations() {
        Set<String> names = new HashSet<>();
        for (RelKind kind : RelKind.values()) {
            names.add(kind.annotation().substring(PACKAGE.length() + 1));
        }
        names.add(RelKind.ONE_TO_ONE.substring(PACKAGE.length() + 1));
        names.add(RelKind.BACKREF.substring(PACKAGE.length() + 1));
        return names;
    }
}
