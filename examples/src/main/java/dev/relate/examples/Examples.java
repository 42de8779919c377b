package dev.relate.examples;

import dev.relate.examples.manytoone.ManyToOneExample;
import dev.relate.examples.onetomany.OneToManyExample;
import dev.relate.examples.onetoone.OneToOneExample;
import java.io.PrintStream;

/** Runs every example, one section per relationship pattern of the SQLAlchemy notes. */
public final class Examples {
    private Examples() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static void run(PrintStream out) {
        OneToManyExample.run(out);
        out.println();
        ManyToOneExample.run(out);
        out.println();
        OneToOneExample.run(out);
    }
}
