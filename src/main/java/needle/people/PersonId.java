package needle.people;

/** The ledger's identifier of a person. */
public record PersonId(long value) {
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
