package dev.relate.benchmarks.access;

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
 * How relate reaches a field, on one one-to-many over an {@code ArrayList}, each way on its own pair
 * of classes with the same shape:
 *
 * <ul>
 * <li>{@code _hand}: the hand-written {@code addPhone}/{@code removePhone} of the Hibernate user
 * guide, on {@link FieldPerson};</li>
 * <li>{@code _field}: relate's helpers reading and writing a package-private field by name
 * ({@link FieldPerson});</li>
 * <li>{@code _handle}: relate's helpers reaching a private field through its getter and setter
 * {@code MethodHandle}s, as it does when compiling for Java 9 or later ({@link HandlePerson});</li>
 * <li>{@code _delegating}: the same, called through the entity's own delegating methods
 * ({@code setPerson}, {@code addPhone}, {@code removePhone}), as an application would;</li>
 * <li>{@code _accessors}: relate's helpers calling the private field's getter and setter, as it does
 * for Java 8 ({@link AccessorPerson}, with the helpers relate wrote for it with {@code --release 8});</li>
 * <li>{@code _control}: the accessor path again, on a second pair of classes with the same code
 * ({@link ControlPerson}): what two identical paths differ by in one run, the floor under which a
 * difference between the other paths means nothing.</li>
 * </ul>
 *
 * {@code move_*}: a phone moves from one person to the other and back on the next call (the scalar
 * set); {@code addRemove_*}: a phone joins a person and leaves on the next call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class AccessBenchmark {
    @Param({"10"})
    int size;

    FieldPerson fieldFirst;
    FieldPerson fieldSecond;
    FieldPhone fieldMoving;
    FieldPhone fieldJoining;

    HandlePerson handleFirst;
    HandlePerson handleSecond;
    HandlePhone handleMoving;
    HandlePhone handleJoining;

    AccessorPerson accessorFirst;
    AccessorPerson accessorSecond;
    AccessorPhone accessorMoving;
    AccessorPhone accessorJoining;

    ControlPerson controlFirst;
    ControlPerson controlSecond;
    ControlPhone controlMoving;
    ControlPhone controlJoining;

    @Setup
    public void setUpControl() {
        controlFirst = new ControlPerson();
        controlSecond = new ControlPerson();
        for (int i = 0; i < size; i++) {
            ControlPhone phone = new ControlPhone();
            controlSecond.getPhones().add(phone);
            phone.setPerson(controlSecond);
            if (i < size - 1) {
                ControlPhone other = new ControlPhone();
                controlFirst.getPhones().add(other);
                other.setPerson(controlFirst);
            }
        }
        controlMoving = new ControlPhone();
        controlFirst.getPhones().add(controlMoving);
        controlMoving.setPerson(controlFirst);
        controlJoining = new ControlPhone();
    }

    @Benchmark
    public ControlPerson move_control() {
        ControlPerson to = controlMoving.getPerson() == controlFirst ? controlSecond : controlFirst;
        ControlPhoneRelations.setPerson(controlMoving, to);
        return to;
    }

    @Benchmark
    public boolean addRemove_control() {
        return controlJoining.getPerson() == null
                ? ControlPersonRelations.addToPhones(controlFirst, controlJoining)
                : ControlPersonRelations.removeFromPhones(controlFirst, controlJoining);
    }

    @Setup
    public void setUp() {
        fieldFirst = new FieldPerson();
        fieldSecond = new FieldPerson();
        handleFirst = new HandlePerson();
        handleSecond = new HandlePerson();
        accessorFirst = new AccessorPerson();
        accessorSecond = new AccessorPerson();
        for (int i = 0; i < size; i++) {
            fieldSecond.addPhone(new FieldPhone());
            handleSecond.link(new HandlePhone());
            AccessorPhone phone = new AccessorPhone();
            accessorSecond.getPhones().add(phone);
            phone.setPerson(accessorSecond);
            if (i < size - 1) {
                fieldFirst.addPhone(new FieldPhone());
                handleFirst.link(new HandlePhone());
                AccessorPhone other = new AccessorPhone();
                accessorFirst.getPhones().add(other);
                other.setPerson(accessorFirst);
            }
        }
        fieldMoving = new FieldPhone();
        fieldFirst.addPhone(fieldMoving);
        handleMoving = new HandlePhone();
        handleFirst.link(handleMoving);
        accessorMoving = new AccessorPhone();
        accessorFirst.getPhones().add(accessorMoving);
        accessorMoving.setPerson(accessorFirst);
        fieldJoining = new FieldPhone();
        handleJoining = new HandlePhone();
        accessorJoining = new AccessorPhone();
    }

    @Benchmark
    public FieldPerson move_hand() {
        FieldPerson to = fieldMoving.person == fieldFirst ? fieldSecond : fieldFirst;
        fieldMoving.person.removePhone(fieldMoving);
        to.addPhone(fieldMoving);
        return to;
    }

    @Benchmark
    public FieldPerson move_field() {
        FieldPerson to = fieldMoving.person == fieldFirst ? fieldSecond : fieldFirst;
        FieldPhoneRelations.setPerson(fieldMoving, to);
        return to;
    }

    @Benchmark
    public HandlePerson move_handle() {
        HandlePerson to = handleMoving.getPerson() == handleFirst ? handleSecond : handleFirst;
        HandlePhoneRelations.setPerson(handleMoving, to);
        return to;
    }

    @Benchmark
    public HandlePerson move_delegating() {
        HandlePerson to = handleMoving.getPerson() == handleFirst ? handleSecond : handleFirst;
        handleMoving.setPerson(to);
        return to;
    }

    @Benchmark
    public AccessorPerson move_accessors() {
        AccessorPerson to = accessorMoving.getPerson() == accessorFirst ? accessorSecond : accessorFirst;
        AccessorPhoneRelations.setPerson(accessorMoving, to);
        return to;
    }

    @Benchmark
    public FieldPhone addRemove_hand() {
        if (fieldJoining.person == null) {
            fieldFirst.addPhone(fieldJoining);
        } else {
            fieldFirst.removePhone(fieldJoining);
        }
        return fieldJoining;
    }

    @Benchmark
    public boolean addRemove_field() {
        return fieldJoining.person == null
                ? FieldPersonRelations.addToPhones(fieldFirst, fieldJoining)
                : FieldPersonRelations.removeFromPhones(fieldFirst, fieldJoining);
    }

    @Benchmark
    public boolean addRemove_handle() {
        return handleJoining.getPerson() == null
                ? HandlePersonRelations.addToPhones(handleFirst, handleJoining)
                : HandlePersonRelations.removeFromPhones(handleFirst, handleJoining);
    }

    @Benchmark
    public HandlePhone addRemove_delegating() {
        if (handleJoining.getPerson() == null) {
            handleFirst.addPhone(handleJoining);
        } else {
            handleFirst.removePhone(handleJoining);
        }
        return handleJoining;
    }

    @Benchmark
    public boolean addRemove_accessors() {
        return accessorJoining.getPerson() == null
                ? AccessorPersonRelations.addToPhones(accessorFirst, accessorJoining)
                : AccessorPersonRelations.removeFromPhones(accessorFirst, accessorJoining);
    }
}
