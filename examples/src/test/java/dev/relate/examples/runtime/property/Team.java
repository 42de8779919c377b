package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;

/** The right side of {@link Member}'s many-to-manys. Teams sort by their position in the pool. */
class Team extends Entity implements Comparable<Team> {
    /** Its position in the test's pool, and its sort key. */
    final int index;

    @ManyToManyRel(secondary = "prop_team_member", backPopulates = "teams")
    Set<Member> members = new HashSet<>();

    @ManyToManyRel(secondary = "prop_project", backPopulates = "projects")
    LinkedList<Member> contributors;

    @ManyToManyRel(secondary = "prop_fan", backPopulates = "favorites")
    List<Member> fans = new ArrayList<>();

    Team(int index) {
        this.index = index;
    }

    @Override
    public int compareTo(Team other) {
        return Integer.compare(index, other.index);
    }
}
