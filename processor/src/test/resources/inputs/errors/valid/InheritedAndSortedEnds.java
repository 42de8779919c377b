package test.valid;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.LinkedHashSet;
import java.util.NavigableSet;
import java.util.Set;

/** An end inherited from a superclass, a set end, a navigable set of a Comparable and a one-way end. */
public class InheritedAndSortedEnds {
    public static class Named {
        @ManyToOneRel(backPopulates = "members")
        Club club;
    }

    public static class Member extends Named implements Comparable<Member> {
        final String name;

        Member(String name) {
            this.name = name;
        }

        @Override
        public int compareTo(Member other) {
            return name.compareTo(other.name);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Member && ((Member) other).name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    public static class Club {
        @OneToManyRel(backPopulates = "club")
        Set<Named> members = new LinkedHashSet<>();

        @OneToManyRel
        NavigableSet<Member> ranking;

        @ManyToOneRel
        Club parentClub;
    }
}
