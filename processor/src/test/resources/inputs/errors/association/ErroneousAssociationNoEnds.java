package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationNoEnds {
    static class Person {
    }

    static class Club {
    }

    /** Its ends are plain fields; its one relationship is not an end. */
    @AssociationObject
    static class Membership {
        Person person;
        Club club;
        String role;

        @OneToManyRel(backPopulates = "membership")
        List<Payment> payments = new ArrayList<>();
    }

    static class Payment {
        @ManyToOneRel(backPopulates = "payments")
        Membership membership;
    }
}
