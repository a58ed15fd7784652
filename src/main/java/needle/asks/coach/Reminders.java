package needle.asks.coach;

import needle.asks.coach.Drafter.Exchange;
import needle.ledger.Kind;

/**
 * How a draft recalls what already moved between you: what you gave ("since I built the dashboard
 * your org uses"), what they gave ("thanks again for arguing for my promotion"), and an offer in
 * the same vein as what you gave before.
 */
final class Reminders {
  private Reminders() {}

  /** A clause with you as its subject: "I built the on-call dashboard your org now uses". */
  static String gave(Exchange given) {
    if (given.note().isEmpty()) {
      return gaveByKind(given.kind());
    }
    String note = Wording.toThem(given.note().get());
    if (Wording.isFirstPerson(note)) {
      return note;
    }
    if (Wording.isPastTense(note)) {
      return "I " + Wording.lowerFirst(note);
    }
    if (Wording.isGerund(note)) {
      return "I helped by " + Wording.lowerFirst(note);
    }
    return gaveThing(given.kind(), note);
  }

  /** What you thank them for, to follow "thanks again for": "arguing for my promotion". */
  static String got(Exchange received) {
    String note = received.note().map(Wording::toThem).orElse("");
    if (note.isEmpty() || Wording.isFirstPerson(note)) {
      return gotByKind(received.kind());
    }
    if (Wording.isPastTense(note)) {
      return Wording.gerund(note);
    }
    return Wording.isGerund(note) ? Wording.lowerFirst(note) : Wording.withArticle(note);
  }

  /** An offer, as a verb phrase, in the vein of what you gave: "make another introduction". */
  static String offerLike(Exchange given) {
    return switch (given.kind()) {
      case JOB -> "pass the next good role I hear of your way";
      case PROMOTION, RAISE, SPONSORSHIP, ENDORSEMENT -> "speak up for you again when it counts";
      case DEAL -> "help you close your next deal";
      case WIN -> "help you land the next win";
      case REFERRAL -> "send another strong referral your way";
      case TOOL -> "build your team another tool like that one";
      case INTRODUCTION -> "make another introduction for you";
      case ADVICE, FEEDBACK -> "review your next plan or draft in detail";
      case OTHER -> "return the favour";
    };
  }

  private static String gaveThing(Kind kind, String note) {
    boolean person = Wording.isProperName(note);
    return switch (kind) {
      case TOOL -> "I built " + Wording.withArticle(note);
      case INTRODUCTION -> person ? "I introduced you to " + note : "I made " + article(note);
      case REFERRAL -> person ? "I referred you to " + note : "I made " + article(note);
      default -> "I helped with " + article(note);
    };
  }

  private static String article(String note) {
    return Wording.withArticle(Wording.lowerFirst(note));
  }

  private static String gaveByKind(Kind kind) {
    return switch (kind) {
      case JOB -> "I helped you land your last role";
      case PROMOTION -> "I argued for your promotion";
      case RAISE -> "I backed your case for a raise";
      case SPONSORSHIP -> "I sponsored your work";
      case DEAL -> "I helped you close that deal";
      case WIN -> "I helped you land that win";
      case REFERRAL -> "I sent you that referral";
      case TOOL -> "I shared that tool with you";
      case INTRODUCTION -> "I made that introduction for you";
      case ADVICE -> "I gave you advice when you asked";
      case FEEDBACK -> "I reviewed your work";
      case ENDORSEMENT -> "I endorsed you";
      case OTHER -> "I helped you out";
    };
  }

  private static String gotByKind(Kind kind) {
    return switch (kind) {
      case JOB -> "helping me land my job";
      case PROMOTION -> "arguing for my promotion";
      case RAISE -> "backing my raise";
      case SPONSORSHIP -> "sponsoring me";
      case DEAL -> "bringing me that deal";
      case WIN -> "helping me land that win";
      case REFERRAL -> "the referral";
      case TOOL -> "the tool you shared";
      case INTRODUCTION -> "the introduction";
      case ADVICE -> "your advice";
      case FEEDBACK -> "your feedback";
      case ENDORSEMENT -> "the endorsement";
      case OTHER -> "your help";
    };
  }
}
