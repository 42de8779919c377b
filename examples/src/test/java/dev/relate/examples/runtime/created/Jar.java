package dev.relate.examples.runtime.created;

import dev.relate.ManyToOneRel;

/** The scalar end of {@code Crate.jars}, whose setter throws while the trap is armed. */
class Jar {
    @ManyToOneRel(backPopulates = "jars")
    private Crate crate;

    Crate getCrate() {
        return crate;
    }

    void setCrate(Crate crate) {
        Trap.check("Jar.setCrate");
        this.crate = crate;
    }
}
