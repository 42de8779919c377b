package dev.relate.jpa.finalfield;

import dev.relate.IgnoreMappings;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** An embeddable record with a many-to-one, whose field is final as a record's are. */
@Embeddable
public record Label(String text, @IgnoreMappings @ManyToOne Depot printedAt) {
}
