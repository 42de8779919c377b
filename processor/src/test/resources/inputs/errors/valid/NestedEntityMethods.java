package test.valid;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** Package-private nested owners implementing their interfaces: Outer_InnerRelated, package-private too. */
class NestedEntityMethods {
    static class Team implements NestedEntityMethods_TeamRelated {
        @OneToManyRel(backPopulates = "team")
        List<Member> members = new ArrayList<>();
    }

    static class Member implements NestedEntityMethods_MemberRelated {
        @ManyToOneRel(backPopulates = "members")
        Team team;
    }
}
