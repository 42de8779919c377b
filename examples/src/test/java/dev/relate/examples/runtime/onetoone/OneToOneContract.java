package dev.relate.examples.runtime.onetoone;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One-to-one: {@code a.b == x} exactly when {@code x.a == a}; giving either side a new partner
 * clears the old partner's end; setting the partner it already has changes nothing; null unlinks.
 * Run by the nested classes of {@link OneToOneTest} for each way of declaring it.
 */
abstract class OneToOneContract<A, B> {
    private final List<A> as = new ArrayList<>();
    private final List<B> bs = new ArrayList<>();

    abstract A newA();

    abstract B newB();

    abstract B bOf(A a);

    abstract A aOf(B b);

    /** The generated helper of A's end. */
    abstract void setB(A a, B b);

    /** The generated helper of B's end. */
    abstract void setA(B b, A a);

    final A a() {
        A a = newA();
        as.add(a);
        return a;
    }

    final B b() {
        B b = newB();
        bs.add(b);
        return b;
    }

    final void check() {
        Invariants.assertOneToOne(getClass().getSimpleName(), as, bs, this::bOf, this::aOf);
    }

    @AfterEach
    final void checkAtTheEnd() {
        check();
    }

    final void assertLinked(A a, B b) {
        assertThat(bOf(a)).isSameInstanceAs(b);
        assertThat(aOf(b)).isSameInstanceAs(a);
        check();
    }

    @Test
    void linkingFromEitherSideSetsBothEnds() {
        A a1 = a();
        B b1 = b();
        setB(a1, b1);
        assertLinked(a1, b1);
        A a2 = a();
        B b2 = b();
        setA(b2, a2);
        assertLinked(a2, b2);
    }

    @Test
    void takingAPartnerFromAnotherOwnerClearsThatOwnersEnd() {
        A a1 = a();
        A a2 = a();
        B b1 = b();
        setB(a1, b1);
        setB(a2, b1);
        assertLinked(a2, b1);
        assertThat(bOf(a1)).isNull();
        setA(b1, a1);
        assertLinked(a1, b1);
        assertThat(bOf(a2)).isNull();
    }

    @Test
    void givingAnOwnerANewPartnerClearsTheOldPartnersEnd() {
        A a1 = a();
        B b1 = b();
        B b2 = b();
        setB(a1, b1);
        setB(a1, b2);
        assertLinked(a1, b2);
        assertThat(aOf(b1)).isNull();
        A a2 = a();
        setA(b1, a2);
        setA(b1, a1);
        assertLinked(a1, b1);
        assertThat(aOf(b2)).isNull();
        assertThat(bOf(a2)).isNull();
    }

    @Test
    void linkingTwoPairedObjectsCrosswiseUnlinksBothOldPartners() {
        A a1 = a();
        A a2 = a();
        B b1 = b();
        B b2 = b();
        setB(a1, b1);
        setB(a2, b2);
        setB(a1, b2);
        assertLinked(a1, b2);
        assertThat(aOf(b1)).isNull();
        assertThat(bOf(a2)).isNull();
        setA(b1, a2);
        assertLinked(a2, b1);
        assertLinked(a1, b2);
    }

    @Test
    void settingThePartnerItAlreadyHasChangesNothing() {
        A a1 = a();
        B b1 = b();
        setB(a1, b1);
        setB(a1, b1);
        setA(b1, a1);
        assertLinked(a1, b1);
    }

    @Test
    void nullUnlinksFromEitherSide() {
        A a1 = a();
        B b1 = b();
        setB(a1, b1);
        setB(a1, null);
        assertThat(bOf(a1)).isNull();
        assertThat(aOf(b1)).isNull();
        setA(b1, a1);
        setA(b1, null);
        assertThat(bOf(a1)).isNull();
        assertThat(aOf(b1)).isNull();
        setA(b1, null);
        setB(a1, null);
        assertThat(bOf(a1)).isNull();
    }

    @Test
    void aNullOwnerIsRejected() {
        B b1 = b();
        A a1 = a();
        setB(a1, b1);
        assertThrows(NullPointerException.class, () -> setB(null, b1));
        assertThrows(NullPointerException.class, () -> setA(null, a1));
        assertLinked(a1, b1);
    }

    @Test
    void aChainOfSteals() {
        List<A> owners = new ArrayList<>();
        List<B> partners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            owners.add(a());
            partners.add(b());
        }
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 5; i++) {
                A owner = owners.get(i);
                B partner = partners.get((i + round) % 5);
                if ((i + round) % 2 == 0) {
                    setB(owner, partner);
                } else {
                    setA(partner, owner);
                }
                assertLinked(owner, partner);
            }
        }
    }
}
