package dev.relate.examples.runtime.created;

/** A stall's key in a market's map, whose {@code hashCode} throws while the trap is armed. */
final class Code {
    private final String value;

    Code(String value) {
        this.value = value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Code && ((Code) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        Trap.check("Code.hashCode");
        return value.hashCode();
    }
}
