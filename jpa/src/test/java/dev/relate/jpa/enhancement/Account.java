package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The owning side of a one-to-one, JPA annotations only: Hibernate's {@code Customer} of
 * {@code OneToOneAssociationTest}, its setter delegating to relate instead of being enhanced.
 */
@Entity
@Table(name = "enh_account")
public class Account {
    @Id
    private Long id;

    @OneToOne
    private Member member;

    protected Account() {
    }

    public Account(Long id) {
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    /** Links this account and {@code member}, unlinking the partner each of them had. */
    public void setMember(Member member) {
        AccountRelations.setMember(this, member);
    }

    @Override
    public String toString() {
        return "Account(" + id + ")";
    }
}
