package dev.relate.processor.read;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads the bodies of accessors in source, to find those that call relate's generated helpers. Only
 * javac gives the bodies ({@code com.sun.source.util.Trees}); under another compiler, such as ecj,
 * and for classes read from class files, it finds nothing.
 */
public final class AccessorBodies {
    /** Reads no body: every accessor calls nothing. */
    public static final AccessorBodies NONE = new AccessorBodies(null);

    private final Trees trees;

    private AccessorBodies(Trees trees) {
        this.trees = trees;
    }

    /** The bodies of the compilation's sources where the compiler gives them (javac), else {@link #NONE}. */
    public static AccessorBodies of(ProcessingEnvironment environment) {
        try {
            return new AccessorBodies(Trees.instance(environment));
        } catch (IllegalArgumentException | LinkageError e) {
            return NONE; // not javac (ecj), or its trees are not reachable from here
        }
    }

    /**
     * The first class of {@code classes} (by simple name) on which the body of {@code method} calls
     * a method by naming the class, as in {@code OrderRelations.setCustomer(this, customer)}; null
     * when there is none, or the body cannot be read.
     */
    public String callsAny(ExecutableElement method, Set<String> classes) {
        if (trees == null) {
            return null;
        }
        MethodTree tree;
        try {
            tree = trees.getTree(method);
        } catch (RuntimeException e) {
            return null; // a class file, or an element javac keeps no tree for
        }
        if (tree == null || tree.getBody() == null) {
            return null;
        }
        String[] found = new String[1];
        tree.getBody().accept(new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree invocation, Void unused) {
                if (found[0] == null && invocation.getMethodSelect() instanceof MemberSelectTree select) {
                    String name = simpleName(select.getExpression());
                    if (name != null && classes.contains(name)) {
                        found[0] = name;
                    }
                }
                return super.visitMethodInvocation(invocation, unused);
            }
        }, null);
        return found[0];
    }

    private static String simpleName(ExpressionTree expression) {
        if (expression instanceof IdentifierTree identifier) {
            return identifier.getName().toString();
        }
        if (expression instanceof MemberSelectTree select) {
            return select.getIdentifier().toString();
        }
        return null;
    }
}
