package dev.relate.runtime;

import java.math.BigDecimal;

/**
 * A column of an association table as {@code saveLinks} checks its values before writing: a
 * {@code VARCHAR(length)} takes strings of at most {@code length} characters, a
 * {@code NUMERIC(precision, scale)} numbers with at most {@code precision - scale} digits before the
 * point and {@code scale} after it (more would fail, or be rounded by the database without a word).
 * Generated table classes describe their extra columns with it.
 */
public final class TableColumn {
    private static final int NONE = -1;

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
            int digits = Math.max(number.precision() - number.scale(), 0);
            if (decimals > scale) {
                problem = Problems.Part.TOO_MANY_DECIMALS.format(decimals, scale);
            } else if (digits > precision - scale) {
                problem = Problems.Part.TOO_MANY_DIGITS.format(digits, precision - scale);
            }
        }
        if (problem != null) {
            throw Problems.valueDoesNotFit(name, owner, problem, table);
        }
        return value;
    }
}
