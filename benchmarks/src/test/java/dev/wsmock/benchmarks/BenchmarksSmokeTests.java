package dev.wsmock.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole benchmark entry point in {@code --smoke} mode so {@code mvn verify} proves it still builds and
 * runs end to end. Smoke numbers mean nothing, so nothing here asserts on a timing: only that every section ran,
 * that every request was answered with 200, and that the results file has the shape the README describes.
 */
class BenchmarksSmokeTests {
  @Test
  void smoke_mode_runs_every_section_and_writes_the_results_file(@TempDir Path out)
      throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();

    int exit =
        Benchmarks.run(
            new PrintStream(console, true, StandardCharsets.UTF_8),
            "--smoke",
            "--out",
            out.toString());

    assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode results = new ObjectMapper().readTree(out.resolve("benchmark-results.json").toFile());
    assertThat(results.path("plan").asText()).isEqualTo("smoke");
    assertThat(results.path("machine").path("availableProcessors").asInt()).isPositive();

    JsonNode cells = results.path("serving").path("cells");
    assertThat(cells).isNotEmpty();
    for (JsonNode cell : cells) {
      for (String target : new String[] {"mock", "static", "static-nojournal"}) {
        JsonNode summary = cell.path("targets").path(target);
        assertThat(summary.path("requests").asLong())
            .as("%s %s", target, cell.path("operation"))
            .isPositive();
        assertThat(summary.path("errors").asLong())
            .as("%s %s", target, cell.path("operation"))
            .isZero();
      }
    }
    assertThat(results.path("scale").path("benchmarks")).hasSizeGreaterThanOrEqualTo(10);
    assertThat(results.path("start").path("warm").path("mock").path("runs").asInt()).isPositive();
    assertThat(results.path("start").path("reset").path("runs").asInt()).isPositive();
    assertThat(results.path("memory").path("image (model only)").path("heapBytesEach").asDouble())
        .isPositive();
    assertThat(results.path("flatMemory").path("errors").asLong()).isZero();
    assertThat(results.path("flatMemory").path("samples")).hasSizeGreaterThan(1);
    assertMotoRanOrSaidWhyNot(results.path("moto"));
  }

  /** CI machines may lack python3 or moto: then the section must say why instead of measuring. */
  private static void assertMotoRanOrSaidWhyNot(JsonNode moto) {
    if (moto.has("skipped")) {
      assertThat(moto.path("skipped").asText()).isNotBlank();
      assertThat(moto.has("cells")).isFalse();
      return;
    }
    assertThat(moto.path("cells")).isNotEmpty();
    for (JsonNode cell : moto.path("cells")) {
      for (String target : new String[] {"mock", "moto"}) {
        JsonNode summary = cell.path("targets").path(target);
        assertThat(summary.path("requests").asLong())
            .as("%s %s", target, cell.path("operation"))
            .isPositive();
        assertThat(summary.path("errors").asLong())
            .as("%s %s", target, cell.path("operation"))
            .isZero();
      }
    }
  }

  @Test
  void moto_section_is_skipped_with_its_reason_when_python_cannot_be_run(@TempDir Path out)
      throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    String missing = out.resolve("no-such-python").toString();

    int exit =
        Benchmarks.run(
            new PrintStream(console, true, StandardCharsets.UTF_8),
            "--smoke",
            "--only",
            "MOTO",
            "--python",
            missing,
            "--out",
            out.toString());

    String printed = console.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(printed).isZero();
    assertThat(printed).contains("MOTO skipped: cannot start " + missing);
    JsonNode moto =
        new ObjectMapper().readTree(out.resolve("benchmark-results.json").toFile()).path("moto");
    assertThat(moto.path("skipped").asText()).startsWith("cannot start " + missing);
    assertThat(moto.has("cells")).isFalse();
  }
}
