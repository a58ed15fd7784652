package needle.imports;

/**
 * The owner an import took without being told: {@code address} is named in {@code found} of the
 * file's {@code of} {@code things} (messages, events).
 */
public record Guessed(String address, int found, int of, String things) {}
