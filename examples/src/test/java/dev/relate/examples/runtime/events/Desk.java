package dev.relate.examples.runtime.events;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/**
 * One-way ends, validated and listened to: two scalars, {@code pinned} (a many-to-one with a
 * validator and a listener) and {@code draft} (a one-to-one with a listener only), and a list,
 * {@code inbox}, with both. The recorder sees each as {@code "D1.pinned +j1"}; {@code detach} clears
 * them in the order of the fields, so that a refusal in {@code inbox} undoes the clearing of
 * {@code pinned}.
 */
class Desk {
    final String name;
    final Recorder recorder;
    @ManyToOneRel
    Job pinned;
    @OneToManyRel
    List<Job> inbox = new ArrayList<>();
    @OneToOneRel
    Job draft;

    Desk(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @Validates("inbox")
    void checkInbox(Job job, boolean linking) {
        recorder.validate(name + ".inbox", job, linking);
    }

    @OnChange("inbox")
    void inboxChanged(Job job, boolean linked) {
        boolean held = false;
        for (Job each : inbox) {
            held |= each == job;
        }
        recorder.changed(name + ".inbox", job, linked, held == linked);
    }

    @Validates("pinned")
    void checkPinned(Job job, boolean linking) {
        recorder.validate(name + ".pinned", job, linking);
    }

    @OnChange("pinned")
    void pinnedChanged(Job job, boolean linked) {
        recorder.changed(name + ".pinned", job, linked, (pinned == job) == linked);
    }

    @OnChange("draft")
    void draftChanged(Job job, boolean linked) {
        recorder.changed(name + ".draft", job, linked, (draft == job) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}
