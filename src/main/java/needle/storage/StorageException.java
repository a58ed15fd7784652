package needle.storage;

import needle.NeedleException;

/** The ledger cannot be opened or written: the message says which one and what to do. */
public final class StorageException extends NeedleException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
