package needle.asks;

/** The ledger's identifier of an ask, the number `ask` prints. */
public record AskId(long value) {
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
