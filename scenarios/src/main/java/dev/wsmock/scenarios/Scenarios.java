package dev.wsmock.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The built-in catalogue of scenarios for the WorkSpaces image API (listed, with what each seeds, in docs/scenarios.md),
 * and the lookup the JUnit annotation uses: a catalogue name, a classpath resource or a file.
 *
 * <pre>{@code
 * Scenario lost = Scenarios.named("lost-share-response");
 * Scenario mine = Scenarios.resolve("scenarios/my-team.yaml");   // classpath, else file
 * }</pre>
 */
public final class Scenarios {
  private static final String CATALOGUE = "dev/wsmock/scenarios/catalogue/";
  private static final List<String> NAMES =
      List.of(
          "throttle-storm-on-describe",
          "flaky-permission-updates",
          "lost-share-response",
          "lost-copy-response",
          "slow-copy",
          "pagination-under-throttling",
          "connection-resets",
          "garbled-describe",
          "govcloud-byol",
          "eventual-consistency-share",
          "pending-image-stays-pending",
          "updates-after-share",
          "custom-import-fails-late");

  private Scenarios() {}

  /** The catalogue's names, in the order of docs/scenarios.md. */
  public static List<String> names() {
    return NAMES;
  }

  /** Every catalogue scenario, in the order of docs/scenarios.md. */
  public static List<Scenario> all() {
    return NAMES.stream().map(Scenarios::named).toList();
  }

  /** A catalogue scenario; an unknown name is an {@link IllegalArgumentException} listing the known ones. */
  public static Scenario named(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no scenario named '" + name + "' in the catalogue; known: " + NAMES);
    }
    return resource(CATALOGUE + name + ".yaml");
  }

  /** A scenario file on the classpath. */
  public static Scenario resource(String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        (loader != null ? loader : Scenarios.class.getClassLoader()).getResourceAsStream(name)) {
      if (in == null) {
        throw new ScenarioException("classpath:" + name, "$", "no such resource on the classpath");
      }
      return ScenarioReader.read(in.readAllBytes(), "classpath:" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A catalogue name, else a classpath resource, else a file path: what {@code @WithScenario("...")} accepts. */
  public static Scenario resolve(String nameOrLocation) {
    if (NAMES.contains(nameOrLocation)) {
      return named(nameOrLocation);
    }
    Path file = Path.of(nameOrLocation);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    boolean onClasspath =
        (loader != null ? loader : Scenarios.class.getClassLoader())
                .getResource(
                    nameOrLocation.startsWith("/") ? nameOrLocation.substring(1) : nameOrLocation)
            != null;
    if (onClasspath) {
      return resource(nameOrLocation);
    }
    if (Files.isRegularFile(file)) {
      return ScenarioReader.read(file);
    }
    throw new IllegalArgumentException(
        "'"
            + nameOrLocation
            + "' is neither a catalogue scenario "
            + NAMES
            + " nor a classpath resource nor a file");
  }
}
