package needle;

/**
 * A set of longs in one open-addressed array: eight bytes a member, where a set of boxed longs
 * takes six times that. Imports keep a million of them, one per row they have seen.
 */
public final class LongSet {
  private long[] slots = new long[1024];
  private boolean hasZero;
  private int size;

  /** Adds {@code value}; false when it was there. */
  public boolean add(long value) {
    if (value == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int i = (int) (value ^ value >>> 32) & mask;
    while (slots[i] != 0) {
      if (slots[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = value;
    size++;
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long value : old) {
      if (value != 0) {
        add(value);
      }
    }
  }
}
