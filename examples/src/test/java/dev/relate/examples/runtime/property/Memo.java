package dev.relate.examples.runtime.property;

import dev.relate.ManyToOneRel;

/**
 * Held in its desk's map under its tag: a private field read through a getter that ticks
 * {@link Faults}, so that reading a key may throw.
 */
class Memo {
    final int number;
    private String tag;

    @ManyToOneRel(backPopulates = "memos")
    Desk desk;

    Memo(int number, String tag) {
        this.number = number;
        this.tag = tag;
    }

    String getTag() {
        Faults.tick();
        return tag;
    }

    /** The tag as it is, without a tick: for the test's own reads. */
    String tag() {
        return tag;
    }

    /** Changes the key attribute directly, as a user's code may while the memo is in a map. */
    void retag(String tag) {
        this.tag = tag;
    }

    @Override
    public String toString() {
        return "memo" + number + "(" + tag + ")";
    }
}
