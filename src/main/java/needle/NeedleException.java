package needle;

/** The root of every error Needle reports to a person: its message names the value and the fix. */
public class NeedleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NeedleException(String message) {
    super(message);
  }

  public NeedleException(String message, Throwable cause) {
    super(message, cause);
  }
}
