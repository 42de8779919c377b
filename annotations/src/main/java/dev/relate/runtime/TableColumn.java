package dev.relate.runtime;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * A column of an association table as {@code saveLinks} checks its values before writing: a
 * {@code VARCHAR(length)} takes strings of at most {@code length} characters, a
 * {@code NUMERIC(precision, scale)} numbers with at most {@code precision - scale} digits before the
 * point and {@code scale} after it, and a time column ({@code TIME}, {@code TIMESTAMP},
 * {@code TIMESTAMP WITH TIME ZONE}, each declared with {@link #TIME_PRECISION}) a {@code LocalTime},
 * {@code LocalDateTime} or {@code OffsetDateTime} in whole microseconds (more would fail, or be
 * rounded by the database without a word). Generated table classes describe their extra columns with it.
 */
public final class TableColumn {
    /**
     * The digits after the point of the seconds that relate's time columns keep: microseconds, the
     * most PostgreSQL keeps, declared as {@code TIME(6)} so that every database keeps the same (H2's
     * {@code TIME} keeps none by default).
     */
    public static final int TIME_PRECISION = 6;

    private static final int NONE = -1;
    private static final int NANO_DIGITS = 9;

    private final String name;
    private final int length;
    private final int precision;
    private final int scale;

    private TableColumn(String name, int length, int precision, int scale) {
        this.name = name;
        this.length = length;
        this.precision = precision;
        this.scale = scale;
    }

    /** A column whose values need no check: its Java type fits it. */
    public static TableColumn of(String name) {
        return new TableColumn(name, NONE, NONE, NONE);
    }

    /** A {@code VARCHAR(length)} column. */
    public static TableColumn text(String name, int length) {
        return new TableColumn(name, length, NONE, NONE);
    }

    /** A {@code NUMERIC(precision, scale)} column. */
    public static TableColumn decimal(String name, int precision, int scale) {
        return new TableColumn(name, NONE, precision, scale);
    }

    /** The column's name. */
    public String name() {
        return name;
    }

    /**
     * The value, after checking that the column takes it as it is.
     *
     * @param owner the object the value belongs to, named in the error
     * @throws IllegalStateException if the column cannot hold it
     */
    Object check(Object value, Object owner, String table) {
        String problem = null;
        if (value instanceof String && length != NONE) {
            String text = (String) value;
            int characters = text.codePointCount(0, text.length());
            if (characters > length) {
                problem = Problems.Part.TOO_LONG.format(characters, length);
            }
        } else if (value instanceof BigDecimal && precision != NONE) {
            BigDecimal number = (BigDecimal) value;
            int decimals = Math.max(number.stripTrailingZeros().scale(), 0);
            // a zero has no digit before the point, whatever its scale (0E+5 is 0, not 000000)
            int digits = number.signum() == 0 ? 0 : Math.max(number.precision() - number.scale(), 0);
            if (decimals > scale) {
                problem = Problems.Part.TOO_MANY_DECIMALS.format(decimals, scale);
            } else if (digits > precision - scale) {
                problem = Problems.Part.TOO_MANY_DIGITS.format(digits, precision - scale);
            }
        } else {
            int digits = secondDecimals(value);
            if (digits > TIME_PRECISION) {
                problem = Problems.Part.TOO_PRECISE_TIME.format(digits, TIME_PRECISION);
            }
        }
        if (problem != null) {
            throw Problems.valueDoesNotFit(name, owner, problem, table);
        }
        return value;
    }

    /** The digits after the point of a time value's seconds, without trailing zeros; 0 for other values. */
    private static int secondDecimals(Object value) {
        int nanos;
        if (value instanceof LocalTime) {
            nanos = ((LocalTime) value).getNano();
        } else if (value instanceof LocalDateTime) {
            nanos = ((LocalDateTime) value).getNano();
        } else if (value instanceof OffsetDateTime) {
            nanos = ((OffsetDateTime) value).getNano();
        } else {
            return 0;
        }
        int digits = NANO_DIGITS;
        while (digits > 0 && nanos % 10 == 0) {
            nanos /= 10;
            digits--;
        }
        return digits;
    }
}
