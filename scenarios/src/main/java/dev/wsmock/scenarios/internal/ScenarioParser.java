package dev.wsmock.scenarios.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.wsmock.Consistency;
import dev.wsmock.ImageUpdates;
import dev.wsmock.Seed;
import dev.wsmock.SeedException;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.internal.json.Json;
import dev.wsmock.internal.seedfile.SeedFiles;
import dev.wsmock.scenarios.Scenario;
import dev.wsmock.scenarios.ScenarioException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** A scenario document: {@code Name}, {@code Description}, {@code FaultSeed}, {@code Seed}, {@code Consistency}, {@code Faults}. */
public final class ScenarioParser {
  /** JSON is YAML, so one YAML reader takes both; built once (a reader is immutable). */
  private static final ObjectReader YAML = Json.treeReader(new YAMLFactory());

  private ScenarioParser() {}

  public static Scenario parse(byte[] content, String source) {
    Node root = new Node(tree(content, source), "$", source);
    if (root.isMissing()) {
      throw root.error("expected a scenario object, got an empty document");
    }
    root.object(
        "Name", "Description", "FaultSeed", "Seed", "Consistency", "Faults", "ImageUpdates");
    String name = root.has("Name") ? root.member("Name").text() : defaultName(source);
    String description = root.has("Description") ? root.member("Description").text() : "";
    Long faultSeed = root.has("FaultSeed") ? root.member("FaultSeed").longValue() : null;
    Seed seed = root.has("Seed") ? seed(root.member("Seed"), source) : Seed.empty();
    Consistency consistency =
        root.has("Consistency") ? consistency(root.member("Consistency")) : null;
    List<FaultRule> faults =
        root.has("Faults") ? RuleParser.rules(root.member("Faults")) : List.of();
    List<Scenario.UpdatesRelease> releases =
        root.has("ImageUpdates")
            ? root.member("ImageUpdates").elements().stream().map(ScenarioParser::release).toList()
            : List.of();
    return new Scenario(name, description, seed, faults, consistency, faultSeed, releases);
  }

  /** JSON is YAML, so one YAML reader takes both; a JSON error still reads as one. */
  private static JsonNode tree(byte[] content, String source) {
    try {
      return YAML.readTree(content);
    } catch (JacksonException e) {
      String where =
          e.getLocation() == null
              ? "$"
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      // Not the parser's message: YAML's quotes the offending line, and no error may echo the file.
      throw new ScenarioException(
          source,
          where,
          "not valid JSON or YAML; expected a scenario object such as {\"Faults\": [...]}");
    } catch (IOException e) {
      throw new ScenarioException(source, "$", "cannot read: " + e.getMessage());
    }
  }

  /** The seed-file format of mock-core, read from the parsed tree, with paths rebased under {@code $.Seed}. */
  private static Seed seed(Node node, String source) {
    try {
      return SeedFiles.shared().read(node.value(), source);
    } catch (SeedException e) {
      String problem =
          e.getMessage()
              .substring(
                  Math.min(
                      e.getMessage().length(), (e.source() + ": " + e.path() + ": ").length()));
      throw new ScenarioException(source, "$.Seed" + e.path().substring(1), problem);
    }
  }

  /**
   * {@code {ImageId, Region (us-east-1), After (0), Updates: {UpdateAvailable, Description}}}: updates AWS releases
   * for an image while the test runs. The image and the description are checked when the scenario is applied, as a
   * seed's are.
   */
  private static Scenario.UpdatesRelease release(Node node) {
    node.object("ImageId", "Region", "After", "Updates");
    Node updates = node.member("Updates").object("UpdateAvailable", "Description");
    Boolean available =
        updates.has("UpdateAvailable") ? updates.member("UpdateAvailable").bool() : null;
    String description = updates.has("Description") ? updates.member("Description").text() : null;
    Duration after = node.has("After") ? node.member("After").duration() : Duration.ZERO;
    if (after.isNegative()) {
      throw node.member("After").error("expected a duration of at least 0, got " + after);
    }
    return new Scenario.UpdatesRelease(
        node.member("ImageId").text(),
        node.has("Region") ? node.member("Region").text() : "us-east-1",
        after,
        new ImageUpdates(available, description));
  }

  private static Consistency consistency(Node node) {
    node.object("ShareVisibleAfter", "ShareVisibleAfterDescribes", "PendingForDescribes");
    Duration after =
        node.has("ShareVisibleAfter") ? node.member("ShareVisibleAfter").duration() : Duration.ZERO;
    int describes =
        node.has("ShareVisibleAfterDescribes")
            ? node.member("ShareVisibleAfterDescribes").integer(0)
            : 0;
    int pending =
        node.has("PendingForDescribes") ? node.member("PendingForDescribes").integer(0) : 0;
    return new Consistency(after, describes, pending);
  }

  private static String defaultName(String source) {
    String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
