package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The {@code mappedBy} side of {@link Account#getMember()}: Hibernate's {@code User}. */
@Entity
@Table(name = "enh_member")
public class Member {
    @Id
    private Long id;

    private String login;

    @OneToOne(mappedBy = "member")
    private Account account;

    protected Member() {
    }

    public Member(Long id, String login) {
        this.id = id;
        this.login = login;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public Account getAccount() {
        return account;
    }

    /** Links from the inverse side: relate sets the owning side, {@code account.member}, too. */
    public void setAccount(Account account) {
        MemberRelations.setAccount(this, account);
    }

    @Override
    public String toString() {
        return "Member(" + id + ")";
    }
}
