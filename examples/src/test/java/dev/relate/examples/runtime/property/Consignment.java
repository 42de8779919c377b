package dev.relate.examples.runtime.property;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.Validates;

/** An association object between a {@link Quay}'s list and a {@link Bale}'s set. */
@AssociationObject
class Consignment {
    @ManyToOneRel(backPopulates = "consignments")
    Quay quay;

    @ManyToOneRel(backPopulates = "consignments")
    Bale bale;

    @Validates("quay")
    void checkQuay(Quay other, boolean linking) {
        Observed.validate();
    }

    @OnChange("quay")
    void heardQuay(Quay other, boolean linked) {
        Observed.hear(this, "quay", other, linked);
    }

    @Validates("bale")
    void checkBale(Bale other, boolean linking) {
        Observed.validate();
    }

    @OnChange("bale")
    void heardBale(Bale other, boolean linked) {
        Observed.hear(this, "bale", other, linked);
    }

    @Override
    public String toString() {
        return "Consignment" + System.identityHashCode(this) % 1000;
    }
}
