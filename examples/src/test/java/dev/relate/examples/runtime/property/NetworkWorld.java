package dev.relate.examples.runtime.property;

import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.HASH_SET;
import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.LINKED_SET;
import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.LIST;
import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.NAVIGABLE_SET;
import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.SORTED_SET;

import dev.relate.examples.runtime.Invariants;
import dev.relate.examples.runtime.property.LinkModel.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Members and teams, related by many-to-manys whose two ends are of every kind: a linked set with a
 * hash set, a list with a linked list the helpers create, a navigable set with a list, and two
 * self-referential ones, a hash set with a list managed by backref and a list the helpers create
 * with a sorted set. Every step is taken from either end.
 */
final class NetworkWorld extends ModelWorld {
    static final int MEMBERS = 6;
    static final int TEAMS = 4;

    final List<Member> members = new ArrayList<>();
    final List<Team> teams = new ArrayList<>();

    NetworkWorld() {
        for (int i = 0; i < MEMBERS; i++) {
            members.add(new Member(i));
        }
        for (int i = 0; i < TEAMS; i++) {
            teams.add(new Team(i));
        }

        LinkModel sets = new LinkModel("Member.teams/Team.members", Kind.MANY_TO_MANY);
        end(new CollectionEndUnderTest<Member, Team>("Member.teams", sets, 0, LINKED_SET, members, teams,
                team -> team.index)
                .field(member -> member.teams).view(MemberRelations::teams)
                .helpers(MemberRelations::addToTeams, MemberRelations::removeFromTeams, MemberRelations::setTeams));
        end(new CollectionEndUnderTest<Team, Member>("Team.members", sets, 1, HASH_SET, teams, members,
                member -> member.index)
                .field(team -> team.members).view(TeamRelations::members)
                .helpers(TeamRelations::addToMembers, TeamRelations::removeFromMembers, TeamRelations::setMembers));
        invariant(() -> Invariants.assertManyToMany("Member.teams", members, teams, member -> member.teams,
                team -> team.members));

        LinkModel lists = new LinkModel("Member.projects/Team.contributors", Kind.MANY_TO_MANY);
        end(new CollectionEndUnderTest<Member, Team>("Member.projects", lists, 0, LIST, members, teams,
                team -> team.index)
                .field(member -> member.projects).view(MemberRelations::projects)
                .helpers(MemberRelations::addToProjects, MemberRelations::removeFromProjects,
                        MemberRelations::setProjects));
        end(new CollectionEndUnderTest<Team, Member>("Team.contributors", lists, 1, LIST, teams, members,
                member -> member.index)
                .field(team -> team.contributors).view(TeamRelations::contributors)
                .helpers(TeamRelations::addToContributors, TeamRelations::removeFromContributors,
                        TeamRelations::setContributors));
        invariant(() -> Invariants.assertManyToMany("Member.projects", members, teams, member -> member.projects,
                team -> team.contributors));

        LinkModel sortedWithList = new LinkModel("Member.favorites/Team.fans", Kind.MANY_TO_MANY);
        end(new CollectionEndUnderTest<Member, Team>("Member.favorites", sortedWithList, 0, NAVIGABLE_SET, members,
                teams, team -> team.index)
                .field(member -> member.favorites).view(MemberRelations::favorites)
                .helpers(MemberRelations::addToFavorites, MemberRelations::removeFromFavorites,
                        MemberRelations::setFavorites));
        end(new CollectionEndUnderTest<Team, Member>("Team.fans", sortedWithList, 1, LIST, teams, members,
                member -> member.index)
                .field(team -> team.fans).view(TeamRelations::fans)
                .helpers(TeamRelations::addToFans, TeamRelations::removeFromFans, TeamRelations::setFans));
        invariant(() -> Invariants.assertManyToMany("Member.favorites", members, teams, member -> member.favorites,
                team -> team.fans));

        LinkModel follows = new LinkModel("Member.follows/Member.followers", Kind.MANY_TO_MANY);
        end(new CollectionEndUnderTest<Member, Member>("Member.follows", follows, 0, HASH_SET, members, members,
                member -> member.index)
                .field(member -> member.follows).view(MemberRelations::follows)
                .helpers(MemberRelations::addToFollows, MemberRelations::removeFromFollows,
                        MemberRelations::setFollows));
        end(new CollectionEndUnderTest<Member, Member>("Member.followers", follows, 1, LIST, members, members,
                member -> member.index)
                .field(member -> member.followers).view(MemberRelations::followers)
                .helpers(MemberRelations::addToFollowers, MemberRelations::removeFromFollowers,
                        MemberRelations::setFollowers));
        invariant(() -> Invariants.assertManyToMany("Member.follows", members, members, member -> member.follows,
                member -> member.followers));

        LinkModel mentoring = new LinkModel("Member.mentors/Member.mentees", Kind.MANY_TO_MANY);
        end(new CollectionEndUnderTest<Member, Member>("Member.mentors", mentoring, 0, LIST, members, members,
                member -> member.index)
                .field(member -> member.mentors).view(MemberRelations::mentors)
                .helpers(MemberRelations::addToMentors, MemberRelations::removeFromMentors,
                        MemberRelations::setMentors));
        end(new CollectionEndUnderTest<Member, Member>("Member.mentees", mentoring, 1, SORTED_SET, members, members,
                member -> member.index)
                .field(member -> member.mentees).view(MemberRelations::mentees)
                .helpers(MemberRelations::addToMentees, MemberRelations::removeFromMentees,
                        MemberRelations::setMentees));
        invariant(() -> Invariants.assertManyToMany("Member.mentors", members, members, member -> member.mentors,
                member -> member.mentees));
    }
}
