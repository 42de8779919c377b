package dev.relate.benchmarks.onetoone;

import dev.relate.benchmarks.Pollution;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One-to-one, {@code Phone.details} and {@code PhoneDetails.phone}: a scalar set with no collection.
 * A phone swaps its details for the other, free, details object, and back on the next call: by the
 * hand-written {@code removeDetails} then {@code addDetails}, by the generated
 * {@code setDetails(phone, details)}, and from the other end by {@code setPhone(details, phone)}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class OneToOneBenchmark {
    /**
     * {@code true} runs every generated and every hand-written helper of every model first
     * ({@link Pollution}), so that both are compiled as in an application with many relationships.
     */
    @Param({"false"})
    boolean polluted;

    Phone phone;
    PhoneDetails first;
    PhoneDetails second;

    @Setup
    public void setUp() {
        if (polluted) {
            Pollution.run();
        }
        phone = new Phone();
        first = new PhoneDetails();
        second = new PhoneDetails();
        phone.details = first;
        first.phone = phone;
    }

    private PhoneDetails other() {
        return phone.details == first ? second : first;
    }

    @Benchmark
    public PhoneDetails set_hand() {
        PhoneDetails next = other();
        phone.removeDetails();
        phone.addDetails(next);
        return next;
    }

    @Benchmark
    public PhoneDetails set_generated() {
        PhoneDetails next = other();
        PhoneRelations.setDetails(phone, next);
        return next;
    }

    @Benchmark
    public PhoneDetails set_otherEnd() {
        PhoneDetails next = other();
        PhoneDetailsRelations.setPhone(next, phone);
        return next;
    }
}
