package test.errors;

import dev.relate.OnChange;

public class ErroneousEventNoEnds {
    static class Team {
        @OnChange("players")
        void playersChanged(Object player, boolean linked) {
        }
    }
}
