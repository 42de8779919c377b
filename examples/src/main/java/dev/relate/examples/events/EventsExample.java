package dev.relate.examples.events;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Validators and listeners: {@code @Validates("players")} on a method of {@code Team} runs before
 * every link and unlink of the end and may refuse it, changing nothing; {@code @OnChange} runs after,
 * through every helper and live view. On the one-to-one {@code Team.coach}, a replace is an unlink of
 * every pair it breaks and a link of the new one. On the collections of an association object
 * ({@code Venue.bookings}, {@code Band.bookings}) they see the association, a {@code Booking}: a
 * link is validated on the venue's side, then on the band's, and a refusal on either changes nothing.
 * On a map-keyed end ({@code Rack.bikes}) a put that displaces a bike is its unlink and the new bike's
 * link; a rekey is neither. On a map-keyed many-to-many ({@code Combo.lineup}), so is a link from the
 * list side ({@code Artist.combos}) that pushes another artist out of the map. On a one-way scalar end
 * ({@code Order.coupon}) only the owner is called: a replace is the old coupon's unlink, then the new
 * one's link.
 */
public final class EventsExample {
    private EventsExample() {
    }

    public static void run(PrintStream out) {
        out.println("== Validators and listeners (@Validates, @OnChange) ==");
        Team reds = new Team("reds");
        Team blues = new Team("blues");
        List<Player> five = new ArrayList<>();
        for (int i = 1; i <= Team.SIZE; i++) {
            five.add(new Player("p" + i));
        }
        TeamRelations.setPlayers(reds, five);
        out.println("setPlayers(reds, p1..p5)                   -> reds.players " + reds.players + ", joined "
                + reds.joined);

        Player sixth = new Player("p6");
        try {
            TeamRelations.players(reds).add(sixth);
        } catch (IllegalStateException refused) {
            out.println("reds.players.add(p6)                       -> refused: " + refused.getMessage());
        }
        out.println("after the refusal                          -> p6.team " + sixth.team + ", reds.players "
                + reds.players.size() + ", joined " + reds.joined);

        Player p1 = five.get(0);
        PlayerRelations.setTeam(p1, blues);
        out.println("setTeam(p1, blues)                         -> reds left " + reds.left + ", blues joined "
                + blues.joined + ", p1.log " + p1.log);

        TeamRelations.players(reds).add(sixth);
        out.println("now reds.players.add(p6)                   -> reds.players " + reds.players);

        List<Player> three = new ArrayList<>(five.subList(1, 4));
        three.add(new Player("p7"));
        three.add(new Player("p8"));
        try {
            TeamRelations.players(blues).addAll(three);
        } catch (IllegalStateException refused) {
            out.println("blues.players.addAll(p2, p3, p4, p7, p8)   -> refused at the fifth, all or nothing: "
                    + "blues.players " + blues.players + ", p2.team " + three.get(0).team);
        }

        TeamRelations.players(reds).removeIf(player -> player.name.compareTo("p4") < 0);
        out.println("reds.players.removeIf(before p4)           -> reds.players " + reds.players + ", left "
                + reds.left + ", p2.log " + five.get(1).log);

        Coach ann = new Coach("ann", true);
        Coach bob = new Coach("bob", true);
        Coach cal = new Coach("cal", false);
        TeamRelations.setCoach(reds, ann);
        TeamRelations.setCoach(blues, bob);
        TeamRelations.setCoach(reds, bob);
        out.println("setCoach(reds, bob) (reds had ann)           -> reds.coach " + reds.coach + ", blues.coach "
                + blues.coach + ", ann.log " + ann.log + ", bob.log " + bob.log);
        try {
            CoachRelations.setTeam(cal, reds);
        } catch (IllegalStateException refused) {
            out.println("setTeam(cal, reds)                         -> refused: " + refused.getMessage()
                    + "; reds.coach " + reds.coach + ", bob.log " + bob.log);
        }
        bookings(out);
        rack(out);
        combo(out);
        coupons(out);
    }

    /**
     * A map-keyed many-to-many: a link from the list side that takes an instrument another artist
     * plays pushes that artist out, heard as an unlink on both sides; a refusal changes nothing.
     */
    private static void combo(PrintStream out) {
        Combo trio = new Combo("trio", 300);
        Artist ann = new Artist("ann", "bass", 200);
        Artist bob = new Artist("bob", "bass", 250);
        Artist cy = new Artist("cy", "drums", 400);
        ComboRelations.addToLineup(trio, ann);
        ArtistRelations.combos(bob).add(trio);
        out.println("combos(bob).add(trio), trio had ann (bass) -> trio.lineup " + trio.lineup + ", trio.log "
                + trio.log + ", ann.log " + ann.log);
        try {
            ArtistRelations.addToCombos(cy, trio);
        } catch (IllegalStateException refused) {
            out.println("addToCombos(cy, trio)                      -> refused: " + refused.getMessage()
                    + "; trio.lineup " + trio.lineup + ", cy.combos " + cy.combos);
        }
    }

    /** A one-way scalar end: the order alone is called, on setX and on detach. */
    private static void coupons(PrintStream out) {
        Order order = new Order("o1");
        Coupon spring = new Coupon("SPRING10", false);
        Coupon winter = new Coupon("WINTER5", false);
        Coupon old = new Coupon("OLD1", true);
        OrderRelations.setCoupon(order, spring);
        OrderRelations.setCoupon(order, winter);
        OrderRelations.setCoupon(order, winter);
        out.println("setCoupon(o1, SPRING10), WINTER5, WINTER5  -> o1.coupon " + order.coupon + ", o1.audit "
                + order.audit);
        try {
            OrderRelations.setCoupon(order, old);
        } catch (IllegalStateException refused) {
            out.println("setCoupon(o1, OLD1)                        -> refused: " + refused.getMessage()
                    + "; o1.coupon " + order.coupon + ", o1.audit " + order.audit);
        }
        OrderRelations.detach(order);
        out.println("detach(o1)                                 -> o1.coupon " + order.coupon + ", o1.audit "
                + order.audit);
    }

    /** A map-keyed end: a put that displaces an element unlinks it; a rekey links nothing. */
    private static void rack(PrintStream out) {
        Rack rack = new Rack("rack");
        Bike red = new Bike("red", 1, false);
        Bike blue = new Bike("blue", 1, false);
        Bike volt = new Bike("volt", 2, true);
        RackRelations.addToBikes(rack, red);
        RackRelations.bikes(rack).put(1, blue);
        out.println("add red at 1, then put(1, blue)            -> rack.bikes " + rack.bikes + ", red.rack " + red.rack
                + ", rack.log " + rack.log);
        try {
            BikeRelations.setRack(volt, rack);
        } catch (IllegalStateException refused) {
            out.println("setRack(volt, rack)                        -> refused: " + refused.getMessage()
                    + "; rack.bikes " + rack.bikes);
        }
        blue.slot = 3;
        RackRelations.rekeyInBikes(rack, blue);
        out.println("blue.slot = 3, rekeyInBikes(rack, blue)    -> rack.bikes " + rack.bikes + ", rack.log "
                + rack.log + " (a rekey links nothing)");
    }

    /** An association object: the validators and listeners of both its sides see the booking. */
    private static void bookings(PrintStream out) {
        Venue hall = new Venue("hall");
        Venue club = new Venue("club");
        Band ants = new Band("ants", 100);
        Band bees = new Band("bees", 100);
        Band cats = new Band("cats", 200);
        BookingRelations.link(hall, ants, new Booking(300));
        BookingRelations.link(hall, bees, new Booking(150));
        out.println("link(hall, ants, 300), (hall, bees, 150)    -> hall.bookings " + hall.bookings + ", ants.log "
                + ants.log);
        try {
            BookingRelations.link(hall, cats, new Booking(250));
        } catch (IllegalStateException refused) {
            out.println("link(hall, cats, 250)                      -> refused by the venue: " + refused.getMessage());
        }
        try {
            BookingRelations.link(club, cats, new Booking(50));
        } catch (IllegalStateException refused) {
            out.println("link(club, cats, 50)                       -> refused by the band: " + refused.getMessage()
                    + "; club.bookings " + club.bookings + ", cats.bookings " + cats.bookings);
        }
        BookingRelations.unlink(hall, bees);
        out.println("unlink(hall, bees)                         -> hall.bookings " + hall.bookings + ", bees.log "
                + bees.log);
    }
}
