package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationBackrefTargetType {
    static class Chef {
        List<Kitchen> shifts = new ArrayList<>();
    }

    static class Kitchen {
        List<Shift> shifts = new ArrayList<>();
    }

    @AssociationObject
    static class Shift {
        @ManyToOneRel(backref = "shifts")
        Chef chef;

        @ManyToOneRel(backref = "shifts")
        Kitchen kitchen;

        int hours;
    }
}
