package dev.relate.examples.runtime.positions.associations;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/**
 * A record on a chart, with two kept positions, both saved: its index among the chart's placings
 * and its index among the record's. The rank is private, with accessors that count the writes, so
 * that a test sees which positions an operation wrote; the setter throws while {@link #refuse} is
 * set.
 */
@AssociationObject(table = "ap_placings")
class Placing {
    /** Writes of {@code rank} through its setter, by every placing. */
    static int writes;

    @ManyToOneRel(backPopulates = "placings")
    Chart chart;

    @ManyToOneRel(backPopulates = "placings")
    Record record;

    private int rank = -1;

    int recordRank = -1;

    String note;

    /** Whether the next write of {@code rank} throws. */
    transient boolean refuse;

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        if (refuse) {
            throw new IllegalStateException("refused " + this + ".rank = " + rank);
        }
        writes++;
        this.rank = rank;
    }

    @Override
    public String toString() {
        return (chart == null ? "-" : chart.toString()) + "/" + (record == null ? "-" : record.toString())
                + (note == null ? "" : " " + note);
    }
}
