package needle.imports;

import java.time.Instant;
import java.time.LocalDate;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;

/**
 * One ledger entry read from a file, tied to a {@link Contact}. Its {@code key} identifies it
 * across imports, so importing the same file twice adds it once.
 */
public sealed interface Entry {
  Contact who();

  String key();

  /** The same entry, tied to {@code other} instead. */
  Entry tiedTo(Contact other);

  /** Minutes invested with someone. */
  record Time(Contact who, LocalDate on, double minutes, Channel channel, String note, String key)
      implements Entry {
    public Time {
      note = ControlCharacters.stripKeepingLines(note);
    }

    @Override
    public Time tiedTo(Contact other) {
      return new Time(other, on, minutes, channel, note, key);
    }
  }

  /** Value that moved; null points take the kind's. */
  record Value(
      Contact who,
      LocalDate on,
      Direction direction,
      Kind kind,
      Double points,
      String note,
      String key)
      implements Entry {
    public Value {
      note = ControlCharacters.stripKeepingLines(note);
    }

    @Override
    public Value tiedTo(Contact other) {
      return new Value(other, on, direction, kind, points, note, key);
    }
  }

  /**
   * An ask found in a message I sent to {@code address} (an e-mail, or a LinkedIn profile URL): the
   * sentence that asks, to be accepted or dismissed (see {@link needle.asks.Suggestion}).
   */
  record Found(
      Contact who,
      LocalDate on,
      Instant sentAt,
      String text,
      String messageId,
      String address,
      String key)
      implements Entry {
    public Found {
      text = ControlCharacters.stripKeepingLines(text);
    }

    @Override
    public Found tiedTo(Contact other) {
      return new Found(other, on, sentAt, text, messageId, address, key);
    }
  }

  /** An ask and how it ended. */
  record Request(
      Contact who, LocalDate on, AskDirection direction, String text, Outcome outcome, String key)
      implements Entry {
    public Request {
      text = ControlCharacters.stripKeepingLines(text);
    }

    @Override
    public Request tiedTo(Contact other) {
      return new Request(other, on, direction, text, outcome, key);
    }
  }
}
