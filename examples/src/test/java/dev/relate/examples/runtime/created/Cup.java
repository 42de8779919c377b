package dev.relate.examples.runtime.created;

import dev.relate.ManyToOneRel;

/** The scalar end of {@code Tray.cups}, whose setter throws while the trap is armed. */
class Cup {
    @ManyToOneRel(backPopulates = "cups")
    private Tray tray;

    int rank = -1;

    Tray getTray() {
        return tray;
    }

    void setTray(Tray tray) {
        Trap.check("Cup.setTray");
        this.tray = tray;
    }
}
