package dev.relate.examples.runtime.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/** A list end that keeps positions, with a validator and a listener. */
class Ladder {
    final Recorder recorder;
    @OneToManyRel(backPopulates = "ladder", position = "rank")
    List<Rung> rungs = new ArrayList<>();

    Ladder(Recorder recorder) {
        this.recorder = recorder;
    }

    @Validates("rungs")
    void checkRung(Rung rung, boolean linking) {
        recorder.validate(this, rung, linking);
    }

    @OnChange("rungs")
    void rungsChanged(Rung rung, boolean linked) {
        boolean numbered = true;
        for (int i = 0; i < rungs.size(); i++) {
            numbered &= rungs.get(i).rank == i;
        }
        recorder.changed(this, rung, linked, numbered && rungs.contains(rung) == linked
                && (rung.ladder == this) == linked);
    }

    @Override
    public String toString() {
        return "ladder";
    }
}
