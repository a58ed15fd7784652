package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
  @TempDir Path folder;

  @Test
  void theDocumentDescribesEveryApiRouteAndNoOther() {
    try (WebFixture web = WebFixture.start(folder)) {
      Set<String> registered = new TreeSet<>();
      web.app.routes().stream()
          .filter(r -> r.path().startsWith("/api/"))
          .forEach(r -> registered.add(r.method() + " " + r.path()));
      JsonNode document = WebFixture.json(web.get("/api/openapi.json"));

      Set<String> documented = new TreeSet<>();
      document
          .get("paths")
          .fields()
          .forEachRemaining(
              path ->
                  path.getValue()
                      .fieldNames()
                      .forEachRemaining(
                          method ->
                              documented.add(
                                  method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

      assertThat(document.get("openapi").asText()).startsWith("3.");
      assertThat(registered).hasSizeGreaterThan(10).isEqualTo(documented);
    }
  }
}
