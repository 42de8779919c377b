package dev.relate.jpa.enhancement;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What Hibernate's {@code org.hibernate.orm.test.bytecode.enhancement.association.OneToOneAssociationTest}
 * asserts of an enhanced one-to-one, asserted of relate's helpers, to which {@link Account#setMember}
 * and {@link Member#setAccount} delegate. The entities carry JPA's annotations only.
 */
class OneToOneAssociationTest {

    /** Hibernate's {@code test}: set the owning side, reassign it, then set the inverse side. */
    @Test
    void settingEitherSideSetsTheOtherAndReassigningClearsTheOldPartner() {
        Member member = new Member(1L, "ann");
        Account account = new Account(1L);

        account.setMember(member);
        assertThat(member.getAccount()).isSameInstanceAs(account);

        Member another = new Member(2L, "bob");
        account.setMember(another);
        assertThat(member.getAccount()).isNull();
        assertThat(another.getAccount()).isSameInstanceAs(account);

        Account fresh = new Account(2L);
        member.setAccount(fresh);                          // the mappedBy side
        assertThat(member.getAccount().getMember()).isSameInstanceAs(member);
        assertThat(fresh.getMember()).isSameInstanceAs(member);
        assertThat(account.getMember()).isSameInstanceAs(another);
    }

    /** Hibernate's {@code testSetNull}: nulling the inverse side clears the owning side too. */
    @Test
    void settingTheInverseSideToNullClearsBothEnds() {
        Member member = new Member(1L, "ann");
        Account account = new Account(1L);
        account.setMember(member);

        member.setAccount(null);

        assertThat(member.getAccount()).isNull();
        assertThat(account.getMember()).isNull();
    }

    /** Taking a partner that is linked elsewhere unlinks its previous partner, from either side. */
    @Test
    void takingAnotherAccountsMemberLeavesThatAccountWithout() {
        Member member = new Member(1L, "ann");
        Account first = new Account(1L);
        Account second = new Account(2L);
        first.setMember(member);

        second.setMember(member);

        assertThat(member.getAccount()).isSameInstanceAs(second);
        assertThat(first.getMember()).isNull();

        Member other = new Member(2L, "bob");
        other.setAccount(second);                          // from the inverse side: second leaves member
        assertThat(second.getMember()).isSameInstanceAs(other);
        assertThat(member.getAccount()).isNull();
    }

    /** Setting the partner an end already has changes nothing, on either side. */
    @Test
    void settingTheSamePartnerAgainChangesNothing() {
        Member member = new Member(1L, "ann");
        Account account = new Account(1L);
        account.setMember(member);

        account.setMember(member);
        member.setAccount(account);

        assertThat(account.getMember()).isSameInstanceAs(member);
        assertThat(member.getAccount()).isSameInstanceAs(account);
    }

    /** A link made from the mappedBy side is stored: relate set the owning side, which JPA stores. */
    @Test
    void aLinkMadeFromTheInverseSideIsStoredAndLoadsOnBothSides() {
        try (Store store = new Store("enhancement_one_to_one", Account.class, Member.class)) {
            store.inTransaction(em -> {
                Member member = new Member(1L, "ann");
                Account account = new Account(10L);
                member.setAccount(account);
                em.persist(member);
                em.persist(account);
            });
            assertThat(store.rows("select id, member_id from enh_account")).containsExactly("10:1");

            store.inTransaction(em -> {
                Member member = em.find(Member.class, 1L);
                assertThat(member.getAccount().getId()).isEqualTo(10L);
                assertThat(member.getAccount().getMember()).isSameInstanceAs(member);
                member.setAccount(null);                   // clears account.member: the row follows
            });
            assertThat(store.rows("select id, member_id from enh_account")).containsExactly("10:null");
        }
    }
}
