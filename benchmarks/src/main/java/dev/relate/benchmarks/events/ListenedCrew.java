package dev.relate.benchmarks.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The same one-to-many with a listener, {@code @OnChange("sailors")}, that counts the changes. */
public class ListenedCrew {
    @OneToManyRel(backPopulates = "crew")
    List<ListenedSailor> sailors = new ArrayList<>();
    int changes;

    @OnChange("sailors")
    void sailorsChanged(ListenedSailor sailor, boolean linked) {
        changes++;
    }
}
