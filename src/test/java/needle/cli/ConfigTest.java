package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring config: a user's file overrides the defaults; a bad one is named. */
class ConfigTest {
  @TempDir Path folder;

  @Test
  void aConfigFileInXdgConfigHomeChangesKindPoints() throws Exception {
    Path config = folder.resolve("config/needle/scoring.properties");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "points.advice = 4\n");
    Cli cli = Cli.sqlite(folder);
    cli.ok("person", "add", "Ana");

    cli.ok("log", "got", "Ana", "--kind", "advice", "--on", "2026-11-30");

    assertThat(cli.ok("rank", "--json")).contains("\"received\" : 4.0");
  }

  @Test
  void configOptionNamesTheFileAndABadSetting() throws Exception {
    Path config = Files.writeString(folder.resolve("mine.properties"), "half-life-days = soon\n");
    Cli cli = Cli.sqlite(folder);

    Cli.Result r = cli.run("--config", config.toString(), "rank");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(config + ": half-life-days = \"soon\" is not a number");
  }
}
