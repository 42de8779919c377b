package dev.relate.benchmarks.arraylist;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The left side of {@link Membership} and {@link UniqueMembership}, on {@code ArrayList}s. */
public class Member {
    @OneToManyRel(backPopulates = "member")
    List<Membership> memberships = new ArrayList<>();

    @OneToManyRel(backPopulates = "member")
    List<UniqueMembership> uniqueMemberships = new ArrayList<>();
}
