package dev.relate.examples.runtime.manytomany;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several relationships between the same two classes: {@code Person.clubs}/{@code Club.members}
 * (backPopulates), {@code Club.admins}/{@code Person.administers} (backref) and the one-to-many
 * {@code Person.founded}/{@code Club.founder}. Each keeps its own two ends in sync and never touches
 * the others, and each many-to-many has its own table class.
 */
class SeveralManyToManyTest {
    private final List<Person> people = new ArrayList<>();
    private final List<Club> clubs = new ArrayList<>();

    private Person person() {
        Person person = new Person();
        people.add(person);
        return person;
    }

    private Club club() {
        Club club = new Club();
        clubs.add(club);
        return club;
    }

    @AfterEach
    void endsAgree() {
        Invariants.assertManyToMany("Person.clubs", people, clubs, person -> person.clubs, club -> club.members);
        Invariants.assertManyToMany("Club.admins", clubs, people, club -> club.admins, person -> person.administers);
        Invariants.assertOneToMany("Person.founded", people, clubs, person -> person.founded, club -> club.founder);
    }

    @Test
    void eachRelationshipKeepsToItsOwnEnds() {
        Person ann = person();
        Person bob = person();
        Club chess = club();
        Club go = club();
        PersonRelations.addToClubs(ann, chess);
        ClubRelations.addToMembers(go, ann);
        ClubRelations.addToAdmins(chess, bob);
        ClubRelations.setFounder(chess, ann);
        assertThat(new ArrayList<>(ann.clubs)).containsExactly(chess, go).inOrder();
        assertThat(chess.members).containsExactly(ann);
        assertThat(go.members).containsExactly(ann);
        assertThat(chess.admins).containsExactly(bob);
        assertThat(bob.administers).containsExactly(chess);
        assertThat(bob.clubs).isEmpty();
        assertThat(ann.administers).isEmpty();
        assertThat(ann.founded).containsExactly(chess);
        assertThat(go.founder).isNull();
    }

    @Test
    void thePairLinkedInBothManyToManyUnlinksFromOneOnly() {
        Person ann = person();
        Club chess = club();
        PersonRelations.clubs(ann).add(chess);
        PersonRelations.administers(ann).add(chess);
        assertThat(chess.members).containsExactly(ann);
        assertThat(chess.admins).containsExactly(ann);
        ClubRelations.members(chess).clear();
        assertThat(ann.clubs).isEmpty();
        assertThat(ann.administers).containsExactly(chess);
        assertThat(chess.admins).containsExactly(ann);
        PersonRelations.setAdministers(ann, List.of());
        assertThat(chess.admins).isEmpty();
    }

    @Test
    void replacingOneRelationshipLeavesTheOthersAlone() {
        Person ann = person();
        Person bob = person();
        Person cid = person();
        Club chess = club();
        ClubRelations.setMembers(chess, List.of(ann, bob));
        ClubRelations.setAdmins(chess, List.of(bob, cid));
        ClubRelations.setFounder(chess, cid);
        ClubRelations.setMembers(chess, List.of(cid, bob));
        assertThat(chess.members).containsExactly(cid, bob).inOrder();
        assertThat(ann.clubs).isEmpty();
        assertThat(chess.admins).containsExactly(bob, cid).inOrder();
        assertThat(cid.administers).containsExactly(chess);
        assertThat(cid.founded).containsExactly(chess);
        PersonRelations.setClubs(bob, List.of());
        assertThat(chess.members).containsExactly(cid);
        assertThat(bob.administers).containsExactly(chess);
    }

    @Test
    void eachManyToManyHasItsOwnTableClass() {
        assertThat(MmMembershipTable.NAME).isEqualTo("mm_membership");
        assertThat(MmClubAdminTable.NAME).isEqualTo("mm_club_admin");
        // backPopulates: the end whose field name comes first, clubs before members, is the left one
        assertThat(MmMembershipTable.leftEntity()).isEqualTo(Person.class);
        assertThat(MmMembershipTable.rightEntity()).isEqualTo(Club.class);
        // backref: the declaring class is the left one
        assertThat(MmClubAdminTable.leftEntity()).isEqualTo(Club.class);
        assertThat(MmClubAdminTable.LEFT_COLUMN).isEqualTo("club_id");
        assertThat(MmClubAdminTable.RIGHT_COLUMN).isEqualTo("admin_id");
    }
}
