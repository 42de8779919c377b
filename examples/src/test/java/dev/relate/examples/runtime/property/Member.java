package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The left side of the many-to-manys of {@link NetworkWorld}, each with other collection kinds at its
 * two ends, and two self-referential many-to-manys. Members sort by their position in the pool.
 */
class Member extends Entity implements Comparable<Member> {
    /** Its position in the test's pool, and its sort key. */
    final int index;

    /** A set in insertion order, with {@link Team#members}, a hash set. */
    @ManyToManyRel(secondary = "prop_team_member", backPopulates = "members")
    Set<Team> teams = new LinkedHashSet<>();

    /** A list, with {@link Team#contributors}, a linked list the helpers create. */
    @ManyToManyRel(secondary = "prop_project", backPopulates = "contributors")
    List<Team> projects = new ArrayList<>();

    /** A navigable set, with {@link Team#fans}, a list. */
    @ManyToManyRel(secondary = "prop_fan", backPopulates = "fans")
    NavigableSet<Team> favorites = new TreeSet<>();

    /** Self-referential with backref: a hash set, and {@link #followers}, a plain list, managed. */
    @ManyToManyRel(secondary = "prop_follow", backref = "followers")
    Set<Member> follows = new HashSet<>();

    List<Member> followers = new ArrayList<>();

    /** Self-referential with backPopulates: a list the helpers create, and a sorted set. */
    @ManyToManyRel(secondary = "prop_mentoring", backPopulates = "mentees")
    List<Member> mentors;

    @ManyToManyRel(secondary = "prop_mentoring", backPopulates = "mentors")
    SortedSet<Member> mentees = new TreeSet<>();

    Member(int index) {
        this.index = index;
    }

    @Override
    public int compareTo(Member other) {
        return Integer.compare(index, other.index);
    }
}
