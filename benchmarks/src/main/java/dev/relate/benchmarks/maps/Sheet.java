package dev.relate.benchmarks.maps;

import dev.relate.ManyToOneRel;

/**
 * Held in its drawer's map under its label. {@link #setDrawerByHand} is the hand-written helper, as
 * a careful user writes one for a map keyed by an attribute: out of the old drawer's map (if it is
 * there under its label), the one under the label in the new drawer unlinked, in under its label.
 */
public class Sheet {
    final String label;

    @ManyToOneRel(backPopulates = "sheets")
    Drawer drawer;

    public Sheet(String label) {
        this.label = label;
    }

    public void setDrawerByHand(Drawer drawer) {
        if (this.drawer == drawer) {
            return;
        }
        if (this.drawer != null && this.drawer.sheets.get(label) == this) {
            this.drawer.sheets.remove(label);
        }
        this.drawer = drawer;
        if (drawer != null) {
            Sheet displaced = drawer.sheets.put(label, this);
            if (displaced != null && displaced != this) {
                displaced.drawer = null;
            }
        }
    }
}
