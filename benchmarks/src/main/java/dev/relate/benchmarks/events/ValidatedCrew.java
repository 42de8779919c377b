package dev.relate.benchmarks.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/** The same one-to-many with a validator that refuses nothing and a listener that counts. */
public class ValidatedCrew {
    @OneToManyRel(backPopulates = "crew")
    List<ValidatedSailor> sailors = new ArrayList<>();
    int changes;
    int checks;

    @Validates("sailors")
    void checkSailor(ValidatedSailor sailor, boolean linking) {
        checks++;
    }

    @OnChange("sailors")
    void sailorsChanged(ValidatedSailor sailor, boolean linked) {
        changes++;
    }
}
