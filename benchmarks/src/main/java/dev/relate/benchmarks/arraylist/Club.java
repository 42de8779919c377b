package dev.relate.benchmarks.arraylist;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The right side of {@link Membership} and {@link UniqueMembership}, on {@code ArrayList}s. */
public class Club {
    @OneToManyRel(backPopulates = "club")
    List<Membership> memberships = new ArrayList<>();

    @OneToManyRel(backPopulates = "club")
    List<UniqueMembership> uniqueMemberships = new ArrayList<>();
}
