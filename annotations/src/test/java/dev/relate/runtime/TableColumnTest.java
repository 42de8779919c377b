package dev.relate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * What {@link TableColumn} lets through to the database: values the column holds as they are; the
 * others are refused, with the reason, before anything is written.
 */
class TableColumnTest {
    private static final TableColumn PRICE = TableColumn.decimal("price", 6, 2);
    private static final TableColumn AT = TableColumn.of("at");

    @Test
    void aZeroOfAnyScaleFitsANumericColumn() {
        for (BigDecimal zero : new BigDecimal[] {new BigDecimal("0E+5"), BigDecimal.ZERO.setScale(-2),
                new BigDecimal("0.00"), new BigDecimal("0E-2"), new BigDecimal("-0E+9")}) {
            assertSame(zero, PRICE.check(zero, "row", "t"), zero.toString());
        }
    }

    @Test
    void aNegativeScaleCountsTheZerosItStandsFor() {
        BigDecimal thousand = new BigDecimal("1E+3");
        assertSame(thousand, PRICE.check(thousand, "row", "t"));
        assertEquals("[RelateValueDoesNotFit] the value of price of row has 5 digits before the point, more than"
                + " the 4 its column holds in t; nothing was written",
                refused(PRICE, new BigDecimal("1E+4")));
        assertEquals("[RelateValueDoesNotFit] the value of price of row has 5 digits before the point, more than"
                + " the 4 its column holds in t; nothing was written",
                refused(PRICE, new BigDecimal("-12345")));
    }

    @Test
    void timeValuesInWholeMicrosecondsPass() {
        Object[] values = {LocalTime.of(10, 0, 0, 123_456_000), LocalDateTime.of(2024, 1, 1, 10, 0),
                OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 999_999_000, ZoneOffset.ofHours(2)), LocalTime.MIDNIGHT};
        for (Object value : values) {
            assertSame(value, AT.check(value, "row", "t"), value.toString());
        }
    }

    @Test
    void timeValuesFinerThanMicrosecondsAreRefused() {
        assertEquals("[RelateValueDoesNotFit] the value of at of row has 9 digits after the point of its seconds,"
                + " more than the 6 its column keeps (the database would round it) in t; nothing was written",
                refused(AT, OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 123_456_789, ZoneOffset.ofHours(2))));
        assertEquals(true, refused(AT, LocalDateTime.of(2024, 1, 1, 10, 0, 0, 100))
                .contains("has 7 digits after the point of its seconds"));
        assertEquals(true, refused(AT, LocalTime.of(10, 0, 0, 1)).contains("has 9 digits after the point"));
    }

    private static String refused(TableColumn column, Object value) {
        return assertThrows(IllegalStateException.class, () -> column.check(value, "row", "t")).getMessage();
    }
}
