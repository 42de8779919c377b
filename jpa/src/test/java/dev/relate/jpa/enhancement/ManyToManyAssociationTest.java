package dev.relate.jpa.enhancement;

import static com.google.common.truth.Truth.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What Hibernate's {@code org.hibernate.orm.test.bytecode.enhancement.association.ManyToManyAssociationTest}
 * asserts of an enhanced many-to-many held in {@code Set}s, asserted of relate's helpers, with the
 * owning side's set left uninitialized as there.
 */
class ManyToManyAssociationTest {

    /** Hibernate's {@code test}, add and reset: emptying the mappedBy side takes the team out of each player. */
    @Test
    void addingFromTheOwningSideAndResettingTheInverseSideKeepBothInSync() {
        Team team = new Team(1L);
        Team anotherTeam = new Team(2L);
        Player player = new Player(1L);
        Player anotherPlayer = new Player(2L);
        assertThat(player.teamsField()).isNull();          // relate creates the set when it first adds

        player.addTeam(team);
        player.addTeam(anotherTeam);
        anotherPlayer.addTeam(team);

        assertThat(team.getPlayers()).containsExactly(player, anotherPlayer);
        assertThat(anotherTeam.getPlayers()).containsExactly(player);

        team.resetPlayers();

        assertThat(player.getTeams()).containsExactly(anotherTeam);
        assertThat(anotherPlayer.getTeams()).isEmpty();
        assertThat(team.getPlayers()).isEmpty();
    }

    /**
     * Hibernate's {@code test}, remove: replacing the owning side's set. There, the second
     * {@code setGroups} with the same, already installed set misses the removal ("no snapshot
     * taken before remove"); relate copies the elements in and keeps its own set, so each call
     * compares with what the player really holds, and the removal is seen.
     */
    @Test
    void replacingTheOwningSidesSetDetachesWhatLeftEveryTime() {
        Team team = new Team(1L);
        Team anotherTeam = new Team(2L);
        Player player = new Player(1L);
        Player anotherPlayer = new Player(2L);
        player.addTeam(team);
        player.addTeam(anotherTeam);
        anotherPlayer.addTeam(team);

        Set<Team> teams = new HashSet<>(player.getTeams());
        teams.remove(team);
        player.setTeams(teams);

        assertThat(team.getPlayers()).containsExactly(anotherPlayer);
        assertThat(anotherTeam.getPlayers()).containsExactly(player);
        assertThat(player.teamsField()).isNotSameInstanceAs(teams);

        teams.remove(anotherTeam);
        player.setTeams(teams);

        assertThat(team.getPlayers()).containsExactly(anotherPlayer);
        assertThat(anotherTeam.getPlayers()).isEmpty();    // Hibernate's enhancer: still [player]
        assertThat(player.getTeams()).isEmpty();
    }

    /** Adding through either side's live view, and removing, update both sets; adding twice adds once. */
    @Test
    void theLiveViewsOfBothSidesAddAndRemoveOnBothEnds() {
        Team team = new Team(1L);
        Player player = new Player(1L);

        team.getPlayers().add(player);                     // the mappedBy side
        team.getPlayers().add(player);
        player.addTeam(team);

        assertThat(player.getTeams()).containsExactly(team);
        assertThat(team.playersField()).containsExactly(player);

        player.getTeams().remove(team);
        assertThat(team.getPlayers()).isEmpty();
    }

    /**
     * Replacing the mappedBy side's set with players whose own set is still null: the enhancer
     * skips an other end whose collection is null, so those players (the owning side, the one JPA
     * stores) never learn of the team. relate creates the missing set and links both ends.
     */
    @Test
    void replacingTheInverseSideCreatesTheOwningSidesMissingSet() {
        Team team = new Team(1L);
        Player player = new Player(1L);
        assertThat(player.teamsField()).isNull();

        TeamRelations.setPlayers(team, Set.of(player));

        assertThat(player.teamsField()).containsExactly(team);
        assertThat(team.playersField()).containsExactly(player);
    }

    /** Links made from the mappedBy side are stored: relate always sets the owning side too. */
    @Test
    void linksMadeFromEitherSideAreStoredAndLoadOnBothSides() {
        try (Store store = new Store("enhancement_many_to_many", Team.class, Player.class)) {
            store.inTransaction(em -> {
                Team red = new Team(1L);
                Team blue = new Team(2L);
                Player ann = new Player(1L);
                Player bob = new Player(2L);
                red.getPlayers().add(ann);                 // inverse side only
                ann.addTeam(blue);
                bob.addTeam(red);
                for (Object entity : new Object[] {red, blue, ann, bob}) {
                    em.persist(entity);
                }
            });
            assertThat(store.rows("select players_id, teams_id from enh_player_enh_team order by 1, 2"))
                    .containsExactly("1:1", "1:2", "2:1").inOrder();

            store.inTransaction(em -> {
                Team red = em.find(Team.class, 1L);
                assertThat(red.getPlayers()).hasSize(2);
                red.resetPlayers();                        // inverse side: the owning sets follow, and the rows
            });
            assertThat(store.rows("select players_id, teams_id from enh_player_enh_team order by 1, 2"))
                    .containsExactly("1:2");
        }
    }
}
