package dev.relate.benchmarks.maps;

import dev.relate.ManyToManyRel;
import java.util.HashMap;
import java.util.Map;

/**
 * The map side of a many-to-many keyed by {@code Stamp.code}. {@link #putByHand} and
 * {@link #removeByHand} are the hand-written helpers, as a careful user writes them: the stamp under
 * the code unlinked from both sides, the new one put under its code and given this folio.
 */
public class Folio {
    @ManyToManyRel(backPopulates = "folios", key = "code")
    Map<String, Stamp> stamps = new HashMap<>();

    public void putByHand(Stamp stamp) {
        Stamp displaced = stamps.put(stamp.code, stamp);
        if (displaced == stamp) {
            return;
        }
        if (displaced != null) {
            displaced.folios.remove(this);
        }
        stamp.folios.add(this);
    }

    public void removeByHand(Stamp stamp) {
        if (stamps.remove(stamp.code, stamp)) {
            stamp.folios.remove(this);
        }
    }
}
