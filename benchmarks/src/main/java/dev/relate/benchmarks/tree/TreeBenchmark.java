package dev.relate.benchmarks.tree;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code acyclic = true} costs: a leaf at the bottom of a chain of {@code size} nodes (the depth
 * of the tree) moves between the two deepest nodes, and back on the next call, by
 * {@code setParent(leaf, other)}. Without {@code acyclic} ({@code generated}) the move reads and
 * writes the two collections and the leaf's field; with it ({@code acyclic}) it also walks up from
 * the new parent to the root, {@code size} steps. {@code hand} is the hand-written helper.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class TreeBenchmark {
    /** The depth of the tree: how many ancestors the new parent has, itself included. */
    @Param({"10", "100", "1000"})
    int size;

    Node leaf;
    Node[] plainParents;
    TreeNode treeLeaf;
    TreeNode[] treeParents;
    int turn;

    @Setup
    public void setUp() {
        Node up = null;
        TreeNode treeUp = null;
        plainParents = new Node[2];
        treeParents = new TreeNode[2];
        for (int i = 0; i < size; i++) {
            Node node = new Node();
            NodeRelations.setParent(node, up);
            TreeNode treeNode = new TreeNode();
            TreeNodeRelations.setParent(treeNode, treeUp);
            plainParents[0] = up;
            plainParents[1] = node;
            treeParents[0] = treeUp;
            treeParents[1] = treeNode;
            up = node;
            treeUp = treeNode;
        }
        leaf = new Node();
        NodeRelations.setParent(leaf, plainParents[1]);
        treeLeaf = new TreeNode();
        TreeNodeRelations.setParent(treeLeaf, treeParents[1]);
    }

    @Benchmark
    public Node setParent_hand() {
        Node next = plainParents[turn ^= 1];
        leaf.setParentByHand(next);
        return next;
    }

    @Benchmark
    public Node setParent_generated() {
        Node next = plainParents[turn ^= 1];
        NodeRelations.setParent(leaf, next);
        return next;
    }

    @Benchmark
    public TreeNode setParent_acyclic() {
        TreeNode next = treeParents[turn ^= 1];
        TreeNodeRelations.setParent(treeLeaf, next);
        return next;
    }
}
