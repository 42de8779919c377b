package dev.relate.examples.runtime.association;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Associations equal to one another ({@link Seat}s with the same number) in sets, which refuse a
 * second equal one: a link refused by either side changes neither, and find and unlink go by
 * identity, never by equality.
 */
class EqualAssociationsTest {
    private final List<Theater> theaters = new ArrayList<>();
    private final List<Guest> guests = new ArrayList<>();
    private final List<Seat> seats = new ArrayList<>();

    private Theater theater() {
        Theater theater = new Theater();
        theaters.add(theater);
        return theater;
    }

    private Guest guest() {
        Guest guest = new Guest();
        guests.add(guest);
        return guest;
    }

    private Seat seat(int number) {
        Seat seat = new Seat(number);
        seats.add(seat);
        return seat;
    }

    private void check() {
        Invariants.assertAssociations("Seat", theaters, guests, seats, theater -> theater.seats, seat -> seat.theater,
                guest -> guest.seats, seat -> seat.guest);
    }

    @AfterEach
    void endsAgree() {
        check();
    }

    /** Every object's seats by id, and every seat's ends. */
    private List<String> state() {
        List<String> state = new ArrayList<>();
        for (Theater theater : theaters) {
            state.add(theater + " " + byId(theater.seats));
        }
        for (Guest guest : guests) {
            state.add(guest + " " + byId(guest.seats));
        }
        for (Seat seat : seats) {
            state.add(seat + ": " + seat.theater + " - " + seat.guest);
        }
        return state;
    }

    private static List<Seat> byId(Collection<Seat> held) {
        List<Seat> out = new ArrayList<>(held);
        out.sort(Comparator.comparingInt(seat -> seat.id));
        return out;
    }

    private void assertRefused(Runnable call) {
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, call::run);
        assertThat(state()).isEqualTo(state);
        check();
    }

    @Test
    void aLinkTheRightSetRefusesChangesNeitherEnd() {
        Theater t = theater();
        Theater t2 = theater();
        Guest g = guest();
        Seat one = SeatRelations.link(t, g, seat(1));
        check();
        Seat equal = seat(1);
        assertRefused(() -> SeatRelations.link(t2, g, equal));
        assertThat(equal.theater).isNull();
        assertThat(t2.seats).isEmpty();
        assertThat(GuestRelations.theaterOfSeats(g)).containsExactly(t);
        assertThat(SeatRelations.find(t, g)).isSameInstanceAs(one);
    }

    @Test
    void aMoveTheRightSetRefusesLeavesTheAssociationWhereItWas() {
        Theater t = theater();
        Theater t2 = theater();
        Theater t3 = theater();
        Guest g = guest();
        Guest g2 = guest();
        SeatRelations.link(t, g, seat(1));
        Seat other = SeatRelations.link(t2, g2, seat(1));
        Seat more = SeatRelations.link(t2, g2, seat(2));
        check();
        assertRefused(() -> SeatRelations.link(t3, g, other));
        assertThat(other.theater).isSameInstanceAs(t2);
        assertThat(other.guest).isSameInstanceAs(g2);
        assertThat(t3.seats).isEmpty();
        assertThat(t2.seats).containsExactly(other, more);
        assertThat(SeatRelations.find(t2, g2)).isAnyOf(other, more);
    }

    @Test
    void aLinkTheLeftSetRefusesChangesNeitherEnd() {
        Theater t = theater();
        Guest g = guest();
        Guest g2 = guest();
        SeatRelations.link(t, g, seat(1));
        Seat equal = seat(1);
        assertRefused(() -> SeatRelations.link(t, g2, equal));
        assertRefused(() -> TheaterRelations.seats(t).add(equal));
        assertRefused(() -> TheaterRelations.setSeats(t, Arrays.asList(TheaterRelations.seats(t).iterator().next(),
                equal)));
        assertThat(g2.seats).isEmpty();
    }

    @Test
    void equalAssociationsOfDifferentPairsAreFoundAndUnlinkedByIdentity() {
        Theater t = theater();
        Theater t2 = theater();
        Guest g = guest();
        Guest g2 = guest();
        Seat one = SeatRelations.link(t, g, seat(1));
        Seat other = SeatRelations.link(t2, g2, seat(1));
        check();
        assertThat(SeatRelations.find(t, g)).isSameInstanceAs(one);
        assertThat(SeatRelations.find(t2, g2)).isSameInstanceAs(other);
        assertThat(SeatRelations.find(t, g2)).isNull();
        assertThat(TheaterRelations.guestOfSeats(t).contains(g2)).isFalse();
        SeatRelations.unlink(other);
        check();
        assertThat(one.theater).isSameInstanceAs(t);
        assertThat(t.seats).containsExactly(one);
        assertThat(g.seats).containsExactly(one);
        assertThat(SeatRelations.unlink(t, g2)).isEqualTo(0);
        assertThat(GuestRelations.theaterOfSeats(g).remove(t)).isTrue();
        check();
        assertThat(one.guest).isNull();
    }
}
