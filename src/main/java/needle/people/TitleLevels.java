package needle.people;

/** Derives a {@link Level} from a job title. */
public final class TitleLevels {
  private TitleLevels() {}

  public static Level levelOf(String title) {
    return Level.UNKNOWN;
  }
}
