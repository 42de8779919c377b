package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationStaticEnd {
    static class Tenant {
        @OneToManyRel(backPopulates = "tenant")
        List<Lease> leases = new ArrayList<>();
    }

    static class Flat {
    }

    @AssociationObject
    static class Lease {
        @ManyToOneRel(backPopulates = "leases")
        Tenant tenant;

        @ManyToOneRel
        static Flat flat;

        int rent;
    }
}
