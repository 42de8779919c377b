package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationEndMissingField {
    static class Musician {
        @OneToManyRel(backPopulates = "musician")
        List<BandMembership> memberships = new ArrayList<>();
    }

    static class Band {
        @OneToManyRel(backPopulates = "band")
        List<BandMembership> members = new ArrayList<>();
    }

    @AssociationObject
    static class BandMembership {
        @ManyToOneRel(backPopulates = "memberships")
        Musician musician;

        @ManyToOneRel(backPopulates = "memberships")
        Band band;

        String instrument;
    }
}
