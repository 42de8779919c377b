package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationSidesMisnamed {
    static class Owner {
        @OneToManyRel(backPopulates = "owner")
        List<Ownership> ownerships = new ArrayList<>();
    }

    static class Car {
        @OneToManyRel(backPopulates = "car")
        List<Ownership> ownerships = new ArrayList<>();
    }

    @AssociationObject(left = "owners", right = "cars")
    static class Ownership {
        @ManyToOneRel(backPopulates = "ownerships")
        Owner owner;

        @ManyToOneRel(backPopulates = "ownerships")
        Car car;

        int since;
    }
}
