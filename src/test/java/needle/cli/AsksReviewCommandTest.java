package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code import mbox} finds the asks in the mail I sent, and {@code asks review} lists them with
 * their outcomes and accepts or dismisses them, on both engines. Today is {@link Cli#TODAY}
 * (2026-11-30).
 */
class AsksReviewCommandTest {
  @TempDir static Path home;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Ada answers the first ask; Grace never answers hers; the third is too recent to tell. */
  static final String MBOX =
      """
      From me@example.org Thu Oct  1 09:00:00 2026
      From: Me <me@example.org>
      To: Ada Lovelace <ada@example.org>
      Subject: Q3
      Date: Thu, 1 Oct 2026 09:00:00 +0000
      Message-ID: <a1@example.org>

      Ada, could you send me the Q3 deck?

      From ada@example.org Sat Oct  3 10:00:00 2026
      From: Ada Lovelace <ada@example.org>
      To: me@example.org
      Subject: RE: Q3
      Date: Sat, 3 Oct 2026 10:00:00 +0000
      Message-ID: <a2@example.org>
      In-Reply-To: <a1@example.org>

      Here it is.

      From me@example.org Tue Sep  1 09:00:00 2026
      From: Me <me@example.org>
      To: Grace Hopper <grace@example.org>
      Subject: Plan
      Date: Tue, 1 Sep 2026 09:00:00 +0000
      Message-ID: <g1@example.org>

      Can we meet on Tuesday to go over the plan?

      From me@example.org Wed Nov 25 09:00:00 2026
      From: Me <me@example.org>
      To: Ada Lovelace <ada@example.org>
      Subject: Draft
      Date: Wed, 25 Nov 2026 09:00:00 +0000
      Message-ID: <a3@example.org>

      Please review the draft before Friday.

      From me@example.org Fri Nov 20 09:00:00 2026
      From: Me <me@example.org>
      To: Grace Hopper <grace@example.org>
      Subject: Lunch
      Date: Fri, 20 Nov 2026 09:00:00 +0000
      Message-ID: <g2@example.org>

      Thanks for lunch.
      """;

  static Stream<Arguments> engines() {
    return Stream.of(
        Arguments.of("sqlite", home.resolve("review-" + System.nanoTime() + ".db").toString()),
        Arguments.of("postgresql", TestDatabases.postgresDatabase().url()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void asksFoundInMailAreReviewedAcceptedAndDismissed(String engine, String db) throws Exception {
    Cli cli = new Cli(db, home);
    Path mbox = Files.writeString(home.resolve("sent-" + engine + ".mbox"), MBOX);

    assertThat(cli.ok("import", "mbox", mbox.toString(), "--me", "me@example.org"))
        .contains("Found 3 asks in the messages you sent: review them with  needle asks review");
    assertThat(cli.ok("import", "mbox", mbox.toString(), "--me", "me@example.org"))
        .doesNotContain("Found");

    JsonNode rows = JSON.readTree(cli.ok("asks", "review", "--json"));
    assertThat(rows.toString())
        .isEqualTo(
            "[{\"id\":2,\"person\":\"Grace Hopper\",\"personId\":2,\"on\":\"2026-09-01\","
                + "\"text\":\"Can we meet on Tuesday to go over the plan?\","
                + "\"messageId\":\"<g1@example.org>\",\"outcome\":\"ignored\"},"
                + "{\"id\":1,\"person\":\"Ada Lovelace\",\"personId\":1,\"on\":\"2026-10-01\","
                + "\"text\":\"Ada, could you send me the Q3 deck?\","
                + "\"messageId\":\"<a1@example.org>\",\"outcome\":\"answered\"},"
                + "{\"id\":3,\"person\":\"Ada Lovelace\",\"personId\":1,\"on\":\"2026-11-25\","
                + "\"text\":\"Please review the draft before Friday.\","
                + "\"messageId\":\"<a3@example.org>\",\"outcome\":\"open\"}]");
    assertThat(cli.ok("asks", "review"))
        .contains("Ada, could you send me the Q3 deck?")
        .contains("answered")
        .contains("3 asks wait for review");
    assertThat(cli.ok("rank", "--json")).doesNotContain("\"openness\" : 1.0");

    assertThat(cli.ok("asks", "review", "--accept", "1"))
        .startsWith("Accepted 1 ask found in mail");
    assertThat(cli.ok("asks", "--json"))
        .contains("\"text\" : \"Ada, could you send me the Q3 deck?\"")
        .contains("\"outcome\" : \"answered\"")
        .contains("\"resolvedOn\" : \"2026-10-03\"");
    JsonNode ada = person(cli, "Ada Lovelace");
    assertThat(ada.get("openness").asDouble()).isEqualTo(1.0);

    assertThat(cli.ok("asks", "review", "--dismiss", "2")).startsWith("Dismissed 1 ask");
    assertThat(cli.ok("asks", "review", "--json")).doesNotContain("<g1@example.org>");
    assertThat(cli.ok("undo")).contains("dismiss 1 ask found in mail");
    assertThat(cli.ok("asks", "review", "--json")).contains("<g1@example.org>");

    Cli.Result twice = cli.run("asks", "review", "--accept", "1");
    assertThat(twice.exit()).isNotZero();
    assertThat(twice.err()).contains("the ask found in mail with id 1 was accepted already");
    Cli.Result unknown = cli.run("asks", "review", "--accept", "99");
    assertThat(unknown.err())
        .contains(
            "there is no ask found in mail with id 99 (see the ids with: needle asks review)");
    Cli.Result both = cli.run("asks", "review", "--accept", "2", "--dismiss", "3");
    assertThat(both.err()).contains("give one of --accept ID…, --dismiss ID… or --accept-all");

    assertThat(cli.ok("asks", "review", "--accept-all")).startsWith("Accepted 2 asks");
    assertThat(cli.ok("asks", "review")).startsWith("No asks found in mail wait for review");
    JsonNode grace = person(cli, "Grace Hopper");
    assertThat(grace.get("openness").asDouble()).isEqualTo(0.0);
  }

  private static JsonNode person(Cli cli, String name) throws Exception {
    for (JsonNode row : JSON.readTree(cli.ok("rank", "--json"))) {
      if (row.get("name").asText().equals(name)) {
        return row;
      }
    }
    throw new AssertionError(name + " is not ranked");
  }
}
