package dev.relate.benchmarks.access;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link AccessorPerson} again under another name: the control of {@link AccessBenchmark}, the same code on a
 * second pair of classes.
 */
public class ControlPerson {
    private List<ControlPhone> phones = new ArrayList<>();

    public List<ControlPhone> getPhones() {
        return phones;
    }

    public void setPhones(List<ControlPhone> phones) {
        this.phones = phones;
    }
}
