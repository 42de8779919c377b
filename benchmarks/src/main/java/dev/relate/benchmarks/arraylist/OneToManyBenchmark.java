package dev.relate.benchmarks.arraylist;

import java.util.List;
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
 * One-to-many on an {@code ArrayList}: {@code Person.phones} and {@code Phone.person}.
 *
 * <ul>
 * <li>{@code move_*}: a phone moves from one person to the other, each holding {@code size} phones,
 * and back on the next call: by the hand-written {@code removePhone} then {@code addPhone}, by the
 * generated scalar set {@code setPerson}, by {@code addToPhones}, and through the live view.</li>
 * <li>{@code addRemove_*}: a phone joins a person holding {@code size} phones, and leaves on the next
 * call: by the hand-written {@code addPhone}/{@code removePhone}, by the generated
 * {@code addToPhones}/{@code removeFromPhones}, by the scalar set {@code setPerson(phone, person)}/
 * {@code setPerson(phone, null)}, and through the live view.</li>
 * </ul>
 *
 * The phone that moves or comes and goes is always the last of its list, so every removal scans the
 * whole list, in hand-written code as in relate's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class OneToManyBenchmark {
    @Param({"10", "1000", "100000"})
    int size;

    /**
     * {@code true} runs every generated and every hand-written helper of every model first
     * ({@link Pollution}), so that both are compiled as in an application with many relationships.
     */
    @Param({"false"})
    boolean polluted;

    Person first;
    Person second;
    Phone moving;

    Person person;
    Phone joining;

    @Setup
    public void setUp() {
        if (polluted) {
            Pollution.run();
        }
        first = withPhones(size - 1);
        second = withPhones(size);
        moving = new Phone();
        first.phones.add(moving);
        moving.person = first;
        person = withPhones(size);
        joining = new Phone();
    }

    /** A person holding {@code count} phones, linked by plain field writes. */
    static Person withPhones(int count) {
        Person person = new Person();
        for (int i = 0; i < count; i++) {
            Phone phone = new Phone();
            person.phones.add(phone);
            phone.person = person;
        }
        return person;
    }

    private Person other() {
        return moving.person == first ? second : first;
    }

    @Benchmark
    public Person move_hand() {
        Person to = other();
        moving.person.removePhone(moving);
        to.addPhone(moving);
        return to;
    }

    @Benchmark
    public Person move_setPerson() {
        Person to = other();
        PhoneRelations.setPerson(moving, to);
        return to;
    }

    @Benchmark
    public boolean move_addToPhones() {
        return PersonRelations.addToPhones(other(), moving);
    }

    @Benchmark
    public boolean move_view() {
        return PersonRelations.phones(other()).add(moving);
    }

    @Benchmark
    public Phone addRemove_hand() {
        if (joining.person == null) {
            person.addPhone(joining);
        } else {
            person.removePhone(joining);
        }
        return joining;
    }

    @Benchmark
    public boolean addRemove_generated() {
        return joining.person == null
                ? PersonRelations.addToPhones(person, joining)
                : PersonRelations.removeFromPhones(person, joining);
    }

    @Benchmark
    public Phone addRemove_setPerson() {
        PhoneRelations.setPerson(joining, joining.person == null ? person : null);
        return joining;
    }

    @Benchmark
    public boolean addRemove_view() {
        List<Phone> phones = PersonRelations.phones(person);
        return joining.person == null ? phones.add(joining) : phones.remove(joining);
    }
}
