package needle.storage;

import java.time.Instant;

/** One change to a ledger that {@code undo} can take back: a log, an edit, a delete, an import. */
public record Step(long id, Instant at, String label) {}
