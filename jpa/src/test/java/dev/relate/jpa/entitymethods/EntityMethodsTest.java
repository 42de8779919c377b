package dev.relate.jpa.entitymethods;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code XRelated} interfaces on Hibernate 7 entities (H2): their default methods run
 * on the entity, through a lazy proxy too; and {@code detach()} before {@code em.remove(x)} leaves no
 * collection holding the removed entity and no row pointing at it, so the flush violates no constraint.
 */
class EntityMethodsTest {
    private EntityManagerFactory factory;
    private Long reds;
    private Long blues;
    private Long ann;
    private Long bob;
    private Long passing;

    @BeforeEach
    void open() {
        factory = new HibernatePersistenceConfiguration("entity_methods")
                .managedClasses(Team.class, Player.class, Skill.class)
                .jdbcUrl("jdbc:h2:mem:entity_methods;DB_CLOSE_DELAY=-1")
                .jdbcCredentials("sa", "")
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory();
        inTransaction(em -> {
            Team red = new Team("reds");
            Team blue = new Team("blues");
            Player a = new Player("ann");
            Player b = new Player("bob");
            Skill pass = new Skill("passing");
            a.assignTeam(red);                    // PlayerRelated's default method
            red.addToPlayers(b);                  // TeamRelated's
            a.addToSkills(pass);
            pass.players().add(b);                // SkillRelated's live view
            assertThat(red.players()).containsExactly(a, b).inOrder();
            assertThat(b.skills()).containsExactly(pass);
            em.persist(red);
            em.persist(blue);
            em.persist(a);
            em.persist(b);
            em.persist(pass);
            reds = red.getId();
            blues = blue.getId();
            ann = a.getId();
            bob = b.getId();
            passing = pass.getId();
        });
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void persistedLinksReload() {
        inTransaction(em -> {
            Team red = em.find(Team.class, reds);
            assertThat(red.players()).hasSize(2);
            for (Player player : red.players()) {
                assertThat(player.getTeam()).isSameInstanceAs(red);
            }
            assertThat(em.find(Skill.class, passing).players()).hasSize(2);
        });
        assertThat(rows("select id, team_id from em_player order by id"))
                .containsExactly(ann + ":" + reds, bob + ":" + reds).inOrder();
    }

    @Test
    void theMethodsRunThroughALazyProxy() {
        inTransaction(em -> {
            Player b = em.find(Player.class, bob);
            Team blue = em.getReference(Team.class, blues);
            assertThat(Hibernate.isInitialized(blue)).isFalse();
            assertThat(blue.getClass()).isNotEqualTo(Team.class);

            blue.addToPlayers(b);                 // a default method called on the proxy

            assertThat(Hibernate.unproxy(b.getTeam())).isSameInstanceAs(Hibernate.unproxy(blue));
            assertThat(blue.players()).containsExactly(b);
            assertThat(em.find(Team.class, reds).players()).hasSize(1);
        });
        assertThat(rows("select id, team_id from em_player order by id"))
                .containsExactly(ann + ":" + reds, bob + ":" + blues).inOrder();
        inTransaction(em -> {
            Player a = em.find(Player.class, ann);
            a.assignTeam(em.getReference(Team.class, blues)); // moves to a proxy
            assertThat(em.find(Team.class, reds).players()).isEmpty();
        });
        assertThat(rows("select id, team_id from em_player order by id"))
                .containsExactly(ann + ":" + blues, bob + ":" + blues).inOrder();
    }

    @Test
    void removingATeamWithoutDetachingItViolatesTheForeignKey() {
        PersistenceException e = assertThrows(PersistenceException.class,
                () -> inTransaction(em -> em.remove(em.find(Team.class, reds))));
        assertThat(e).isNotNull();
        assertThat(rows("select id, team_id from em_player order by id"))
                .containsExactly(ann + ":" + reds, bob + ":" + reds).inOrder();
    }

    @Test
    void detachThenRemoveATeam() {
        inTransaction(em -> {
            Team red = em.find(Team.class, reds);
            List<Player> players = List.copyOf(red.players());
            red.detach();
            em.remove(red);
            em.flush();                           // no foreign key still names the team
            for (Player player : players) {
                assertThat(player.getTeam()).isNull();
            }
        });
        assertThat(rows("select id, team_id from em_player order by id"))
                .containsExactly(ann + ":null", bob + ":null").inOrder();
        assertThat(rows("select id, name from em_team order by id")).containsExactly(blues + ":blues");
    }

    @Test
    void detachThenRemoveAPlayer() {
        inTransaction(em -> {
            Player a = em.find(Player.class, ann);
            Team red = em.find(Team.class, reds);
            Skill pass = em.find(Skill.class, passing);
            a.detach();
            em.remove(a);
            em.flush();
            assertThat(red.players()).doesNotContain(a);
            assertThat(pass.players()).doesNotContain(a);
            assertThat(red.players()).hasSize(1);
            assertThat(pass.players()).hasSize(1);
        });
        assertThat(rows("select id, team_id from em_player order by id")).containsExactly(bob + ":" + reds);
        assertThat(rows("select players_id, skills_id from em_player_skill order by players_id"))
                .containsExactly(bob + ":" + passing);
        inTransaction(em -> {
            assertThat(em.find(Team.class, reds).players()).hasSize(1);
            assertThat(em.find(Skill.class, passing).players()).hasSize(1);
        });
    }

    @Test
    void detachThenRemoveTheInverseSideOfAManyToMany() {
        inTransaction(em -> {
            Skill pass = em.find(Skill.class, passing);
            Player b = em.find(Player.class, bob);
            pass.detach();                        // takes it out of each player's skills: the owning side
            em.remove(pass);
            em.flush();
            assertThat(b.skills()).isEmpty();
        });
        assertThat(rows("select players_id, skills_id from em_player_skill order by players_id")).isEmpty();
    }

    private void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private <T> T fromTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Each row of a query of two columns as "a:b". */
    private List<String> rows(String query) {
        return fromTransaction(em -> {
            List<?> rows = em.createNativeQuery(query).getResultList();
            return rows.stream().map(row -> {
                Object[] columns = (Object[]) row;
                return columns[0] + ":" + columns[1];
            }).toList();
        });
    }
}
