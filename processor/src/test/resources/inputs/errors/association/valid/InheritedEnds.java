package test.valid.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** An association class whose two ends are declared by its superclass, and a left class whose collection is. */
public class InheritedEnds {
    public abstract static class Party {
        @OneToManyRel(backPopulates = "member")
        List<Membership> memberships = new ArrayList<>();
    }

    public static class Person extends Party {
        String name;
    }

    public static class Club {
        @OneToManyRel(backPopulates = "club")
        List<Membership> memberships = new ArrayList<>();
    }

    public abstract static class Link {
        @ManyToOneRel(backPopulates = "memberships")
        Party member;

        @ManyToOneRel(backPopulates = "memberships")
        Club club;
    }

    @AssociationObject
    public static class Membership extends Link {
        String role;
    }
}
