package needle.imports;

import java.util.List;

/** The first few of a long list, as a summary shows them, and how many more it leaves out. */
public record Excerpt<T>(List<T> shown, int more) {
  public Excerpt {
    shown = List.copyOf(shown);
  }

  static <T> Excerpt<T> of(List<T> all, int max) {
    List<T> shown = all.size() <= max ? all : all.subList(0, max);
    return new Excerpt<>(shown, all.size() - shown.size());
  }
}
