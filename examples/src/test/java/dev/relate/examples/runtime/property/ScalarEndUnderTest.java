package dev.relate.examples.runtime.property;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A scalar end: the many-to-one end of a one-to-many, either end of a one-to-one, or a one-way
 * scalar. Its steps set it, to another object, to {@code null}, or to what it already holds.
 *
 * @param <H> the class holding the field
 * @param <V> the class of its value
 */
final class ScalarEndUnderTest<H, V> implements EndUnderTest {
    private final String name;
    private final LinkModel model;
    private final int side;
    private final List<H> holders;
    private final List<V> values;
    private final Function<H, V> field;
    private final BiConsumer<H, V> setter;

    /**
     * @param side the side of the model this end is on
     * @param holders the objects holding the field (the pool, read on every step)
     * @param values the objects it may point at
     */
    ScalarEndUnderTest(String name, LinkModel model, int side, List<H> holders, List<V> values,
            Function<H, V> field, BiConsumer<H, V> setter) {
        this.name = name;
        this.model = model;
        this.side = side;
        this.holders = holders;
        this.values = values;
        this.field = field;
        this.setter = setter;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int kinds() {
        return 4;
    }

    private H holder(int n) {
        return holders.get(n % holders.size());
    }

    /** A value, or null one time in (values + 1). */
    private V valueOrNull(int n) {
        int i = n % (values.size() + 1);
        return i == values.size() ? null : values.get(i);
    }

    @Override
    public void step(int kind, Op op) {
        H holder = holder(op.a());
        switch (kind) {
            case 0, 1 -> {
                V value = valueOrNull(op.b());
                setter.accept(holder, value);
                model.set(side, holder, value);
            }
            case 2 -> {
                // setting the value it already has changes nothing
                setter.accept(holder, field.apply(holder));
            }
            default -> {
                V value = values.get(op.b() % values.size());
                assertThrows(NullPointerException.class, () -> setter.accept(null, value));
            }
        }
    }

    @Override
    public void check(String after) {
        for (H holder : holders) {
            Object expected = model.single(side, holder);
            V actual = field.apply(holder);
            if (actual != expected) {
                throw new AssertionError(after + ": " + name + " of " + holder + " is " + actual + ", expected "
                        + expected);
            }
        }
    }
}
