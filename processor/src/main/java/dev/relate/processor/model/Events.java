package dev.relate.processor.model;

/**
 * The methods of an end's owner class that relate calls when the end changes: what
 * {@code @Validates} and {@code @OnChange} declare on it.
 *
 * @param validator the method called before each link and unlink, or {@code null}
 * @param listener the method called after each link and unlink, or {@code null}
 */
public record Events(String validator, String listener) {
    /** No method: the end's changes call nothing, and cost nothing. */
    public static final Events NONE = new Events(null, null);

    public boolean isEmpty() {
        return validator == null && listener == null;
    }
}
