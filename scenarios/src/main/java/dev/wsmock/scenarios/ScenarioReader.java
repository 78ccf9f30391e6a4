package dev.wsmock.scenarios;

import dev.wsmock.fault.FaultRule;
import dev.wsmock.scenarios.internal.ScenarioParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads scenario files, JSON or YAML (YAML is a superset; the format is chosen by content). Unknown members are
 * rejected with the file, the path and what was expected. Reads only what it is given: no includes, no lookups.
 *
 * <pre>{@code
 * Scenario mine = ScenarioReader.read(Path.of("src/test/resources/slow-copies.yaml"));
 * List<FaultRule> rules = ScenarioReader.readRules(body, "POST /__admin/workspaces/faults");
 * }</pre>
 */
public final class ScenarioReader {
  private ScenarioReader() {}

  /** Reads one scenario file; its name defaults to the file name without extension. */
  public static Scenario read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ScenarioException(file.toString(), "$", "cannot read the file: " + e.getMessage());
    }
    return read(bytes, file.toString());
  }

  /** Reads a scenario from bytes; {@code source} names it in errors and gives its default name. */
  public static Scenario read(byte[] content, String source) {
    return ScenarioParser.parse(content, source);
  }

  /** Only the {@code Faults} of a scenario document (its other members are checked, then ignored). */
  public static List<FaultRule> readRules(byte[] content, String source) {
    return read(content, source).faults();
  }
}
