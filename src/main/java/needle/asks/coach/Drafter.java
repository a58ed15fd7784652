package needle.asks.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import needle.ledger.Kind;

/**
 * Writes a smart ask to one person: it recalls what already moved between you, states the ask up
 * front, offers something, invites a candid no and asks for a bounded time.
 */
public final class Drafter {
  /** Stands in for a missing ask; the coach then finds no ask up front, which is true. */
  public static final String ASK_PLACEHOLDER = "[what you are asking for]";

  /** Stands in for a missing offer; the coach then flags that nothing is offered, which is true. */
  public static final String OFFER_PLACEHOLDER = "[what you can offer them]";

  public static final String CANDID_NO =
      "If it's not a fit, a quick no is completely fine — I'd rather know.";

  public static final int DEFAULT_MINUTES = 20;

  private static final List<String> AFTER_GIVING =
      List.of(
          "you know the kind of work I do.",
          "I wanted to come to you first.",
          "I thought of you first for this.");
  private static final List<String> NOUN_ASKS =
      List.of(
          "I'd like to ask you for %s.",
          "I'm writing to ask for %s.", "The one thing I'd like to ask you for is %s.");
  private static final List<String> VERB_ASKS =
      List.of(
          "I'd like to ask you to %s.",
          "I'm writing to ask whether you could %s.", "My ask is simple: could you %s?");
  private static final List<String> VERB_OFFERS =
      List.of("In return, I'd be glad to %s.", "In return, I'm happy to %s.");
  private static final List<String> NOUN_OFFERS =
      List.of("In return, I'd be glad to offer %s.", "In return, I can offer %s.");
  private static final List<String> TIMES =
      List.of(
          "Could you spare %s this week?",
          "Would %s this week work for you?", "Do you have %s this week?");
  private static final List<String> THANKS =
      List.of("Thanks again for %s.", "Thank you again for %s.");
  private static final List<String> SIGN_OFFS = List.of("Best,", "All the best,", "Cheers,");

  private Drafter() {}

  /** Something of value that moved between you, as the ledger recorded it. */
  public record Exchange(Kind kind, Optional<String> note) {
    public Exchange {
      Objects.requireNonNull(kind, "kind");
      note = note.map(Wording::trimmed).filter(n -> !n.isEmpty());
    }

    public static Exchange of(Kind kind, String note) {
      return new Exchange(kind, Optional.ofNullable(note));
    }
  }

  /**
   * What the draft is about: whom it is to, what you last gave them and got from them, what you
   * ask, what you offer, and how many minutes of theirs you ask for.
   */
  public record Request(
      String name,
      String firstName,
      Optional<Exchange> gave,
      Optional<Exchange> got,
      Optional<String> ask,
      Optional<String> offer,
      int minutes) {

    public Request {
      Objects.requireNonNull(name, "name");
      firstName = firstName == null || firstName.isBlank() ? name : firstName.strip();
      Objects.requireNonNull(gave, "gave");
      Objects.requireNonNull(got, "got");
      ask = ask.map(Wording::trimmed).map(a -> a.replaceAll("\\?+$", "")).filter(a -> !a.isEmpty());
      offer = offer.map(Wording::trimmed).filter(o -> !o.isEmpty());
      if (minutes < 1) {
        throw new IllegalArgumentException("a draft asks for at least 1 minute, not " + minutes);
      }
    }
  }

  /** The draft, the same every time for the same request. */
  public static String draft(Request request) {
    Variety variety = new Variety(request.firstName() + "\n" + request.ask().orElse(""));
    List<String> opening = new ArrayList<>();
    request
        .gave()
        .ifPresent(
            g -> opening.add("Since " + Reminders.gave(g) + ", " + variety.pick(AFTER_GIVING)));
    Optional<String> thanks = request.got().map(g -> variety.pick(THANKS, Reminders.got(g)));
    if (request.gave().isEmpty() && thanks.isPresent()) {
      opening.add(thanks.get());
      thanks = Optional.empty();
    }
    opening.add(ask(request.ask(), variety));
    String offer = offer(request, variety);
    String time = variety.pick(TIMES, minutes(request.minutes()));
    StringBuilder text = new StringBuilder();
    text.append("Hi ").append(request.firstName()).append(",\n\n");
    text.append(String.join(" ", opening)).append("\n\n");
    text.append(offer).append(offer.equals(OFFER_PLACEHOLDER) ? "\n" : " ");
    text.append(CANDID_NO).append(' ').append(time).append("\n\n");
    thanks.ifPresent(t -> text.append(t).append("\n\n"));
    return text.append(variety.pick(SIGN_OFFS)).toString();
  }

  /** The gaps a draft leaves for the sender to fill before sending it. */
  public static List<String> gaps(String draft) {
    return Stream.of(ASK_PLACEHOLDER, OFFER_PLACEHOLDER).filter(draft::contains).toList();
  }

  private static String ask(Optional<String> ask, Variety variety) {
    if (ask.isEmpty()) {
      return ASK_PLACEHOLDER;
    }
    String text = Wording.withoutRoutine(ask.get());
    if (Wording.isVerbPhrase(text)) {
      return variety.pick(VERB_ASKS, Wording.lowerFirst(text));
    }
    String phrase = Wording.isProperName(text) ? text : Wording.lowerFirst(text);
    return variety.pick(NOUN_ASKS, phrase);
  }

  private static String offer(Request request, Variety variety) {
    if (request.offer().isPresent()) {
      String offer = request.offer().get();
      if (Wording.isFirstPerson(offer)) {
        return "In return, " + offer + ".";
      }
      List<String> forms = Wording.isVerbPhrase(offer) ? VERB_OFFERS : NOUN_OFFERS;
      return variety.pick(forms, Wording.lowerFirst(offer));
    }
    return request
        .gave()
        .map(g -> variety.pick(VERB_OFFERS, Reminders.offerLike(g)))
        .orElse(OFFER_PLACEHOLDER);
  }

  private static String minutes(int minutes) {
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }

  /**
   * Picks among wordings by a stable hash of the request, so drafts to different people read
   * differently while one request always gives the same draft.
   */
  private static final class Variety {
    private final String seed;
    private int slot;

    Variety(String seed) {
      this.seed = seed;
    }

    String pick(List<String> options, Object... args) {
      int index = Math.floorMod(Objects.hash(seed, slot++), options.size());
      return String.format(Locale.ROOT, options.get(index), args);
    }
  }
}
