package dev.relate.benchmarks.onetoone;

/** Runs every generated helper of this package's model once: see {@code dev.relate.benchmarks.Pollution}. */
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
}
