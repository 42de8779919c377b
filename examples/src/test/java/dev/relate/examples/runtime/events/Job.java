package dev.relate.examples.runtime.events;

/** An element of the one-way {@code Queue.jobs}: nothing of it points back. */
class Job {
    final String name;

    Job(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
