package dev.relate.benchmarks.onetoone;

/**
 * Runs every generated helper of this package's model once ({@link #run()}), or every hand-written
 * one ({@link #runHand()}): see {@code dev.relate.benchmarks.Pollution}.
 */
public final class Workout {
    private Workout() {
    }

    public static int run() {
        Phone phone = new Phone();
        PhoneDetails details = new PhoneDetails();
        PhoneRelations.setDetails(phone, details);
        PhoneDetailsRelations.setPhone(new PhoneDetails(), phone);
        PhoneRelations.setDetails(phone, null);
        return details.phone == null ? 0 : 1;
    }

    /** Runs every hand-written helper of this package's model once, on the same relationship as {@link #run()}. */
    public static int runHand() {
        Phone phone = new Phone();
        PhoneDetails details = new PhoneDetails();
        phone.addDetails(details);
        phone.removeDetails();
        phone.addDetails(new PhoneDetails());
        return details.phone == null ? 0 : 1;
    }
}
