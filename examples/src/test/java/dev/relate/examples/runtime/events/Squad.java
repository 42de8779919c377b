package dev.relate.examples.runtime.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/** A one-to-many list end with a validator and a listener; its other end, {@code Recruit.squad}, has both too. */
class Squad {
    final String name;
    final Recorder recorder;
    @OneToManyRel(backPopulates = "squad")
    List<Recruit> recruits = new ArrayList<>();

    Squad(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @Validates("recruits")
    void checkRecruit(Recruit recruit, boolean linking) {
        recorder.validate(this, recruit, linking);
    }

    @OnChange("recruits")
    void recruitsChanged(Recruit recruit, boolean linked) {
        boolean held = false;
        for (Recruit each : recruits) {
            held |= each == recruit;
        }
        recorder.changed(this, recruit, linked, held == linked && (recruit.squad == this) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}
