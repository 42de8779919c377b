package dev.relate.examples.runtime.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/** A one-way list end ({@code Job} has no end pointing back), with a validator and a listener. */
class Queue {
    final String name;
    final Recorder recorder;
    @OneToManyRel
    List<Job> jobs = new ArrayList<>();

    Queue(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @Validates("jobs")
    void checkJob(Job job, boolean linking) {
        recorder.validate(this, job, linking);
    }

    @OnChange("jobs")
    void jobsChanged(Job job, boolean linked) {
        boolean held = false;
        for (Job each : jobs) {
            held |= each == job;
        }
        recorder.changed(this, job, linked, held == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}
