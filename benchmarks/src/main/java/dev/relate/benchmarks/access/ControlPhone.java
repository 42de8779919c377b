package dev.relate.benchmarks.access;

/**
 * {@link AccessorPhone} again under another name: the control of {@link AccessBenchmark}, the same code on a
 * second pair of classes.
 */
public class ControlPhone {
    private ControlPerson person;

    public ControlPerson getPerson() {
        return person;
    }

    public void setPerson(ControlPerson person) {
        this.person = person;
    }
}
