package needle.asks.coach;

/** A range {@code [start, end)} of character positions in a draft. */
record Span(int start, int end) {

  boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
