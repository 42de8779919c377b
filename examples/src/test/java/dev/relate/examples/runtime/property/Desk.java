package dev.relate.examples.runtime.property;

import dev.relate.OneToManyRel;
import java.util.Map;

/** The "one" side of a map end keyed by {@code Memo.tag}, in a map that may throw ({@link FaultyMap}). */
class Desk {
    final int number;

    @OneToManyRel(backPopulates = "desk", key = "tag")
    Map<String, Memo> memos = new FaultyMap<>();

    Desk(int number) {
        this.number = number;
    }

    @Override
    public String toString() {
        return "desk" + number;
    }
}
