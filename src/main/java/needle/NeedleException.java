package needle;

/** The root of every error Needle reports to a person: its message names the value and the fix. */
public class NeedleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The message as the web pages and the API say it, when it differs (null: the same). */
  private final String onTheWeb;

  public NeedleException(String message) {
    super(message);
    this.onTheWeb = null;
  }

  /**
   * A message whose advice depends on the door: {@code message} names commands to type, {@code
   * onTheWeb} says the same in words that fit a page or the API.
   */
  protected NeedleException(String message, String onTheWeb) {
    super(message);
    this.onTheWeb = onTheWeb;
  }

  /** The message for a page or the API: no command to type. */
  public String onTheWeb() {
    return onTheWeb != null ? onTheWeb : getMessage();
  }

  public NeedleException(String message, Throwable cause) {
    super(message, cause);
    this.onTheWeb = null;
  }
}
