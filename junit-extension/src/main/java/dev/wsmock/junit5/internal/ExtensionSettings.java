package dev.wsmock.junit5.internal;

import dev.wsmock.AwsIdentifiers;
import dev.wsmock.ManualClock;
import dev.wsmock.SeedException;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.WorkSpacesMockTest;
import dev.wsmock.junit5.WorkSpacesMockTest.ClockMode;
import dev.wsmock.junit5.WorkSpacesMockTest.Isolation;
import dev.wsmock.junit5.WorkSpacesMockTest.Strictness;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Everything the annotation or the builder says, validated once; both front doors end up here. */
public record ExtensionSettings(
    List<String> seeds,
    String defaultAccount,
    String region,
    Duration imageReadyAfter,
    ClockMode clock,
    Instant manualClockStart,
    Isolation isolation,
    Strictness strictness,
    boolean resetBetweenTests,
    boolean fastRetries) {

  public static final String CLASSPATH_PREFIX = "classpath:";

  public ExtensionSettings {
    seeds = List.copyOf(seeds);
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(isolation, "isolation");
    Objects.requireNonNull(strictness, "strictness");
    Objects.requireNonNull(manualClockStart, "manualClockStart");
    if (!AwsIdentifiers.isAccountId(defaultAccount)) {
      throw new ExtensionConfigurationException(
          "defaultAccount = \""
              + defaultAccount
              + "\" is not an AWS account id: use 12 digits, e.g. \"111111111111\"");
    }
    requireRegion(region, "region");
    if (imageReadyAfter.isNegative()) {
      throw new ExtensionConfigurationException(
          "imageReadyAfter must not be negative: " + imageReadyAfter);
    }
  }

  /** The annotation's own defaults, read from it, so the builder and {@code @ExtendWith} cannot disagree with it. */
  public static ExtensionSettings defaults() {
    return DEFAULTS;
  }

  @WorkSpacesMockTest
  private static final class AnnotationDefaults {}

  private static final ExtensionSettings DEFAULTS =
      of(AnnotationDefaults.class.getAnnotation(WorkSpacesMockTest.class));

  static ExtensionSettings of(WorkSpacesMockTest a) {
    return new ExtensionSettings(
        Arrays.asList(a.seed()),
        a.defaultAccount(),
        a.region(),
        parse(
            "imageReadyAfter",
            a.imageReadyAfter(),
            Duration::parse,
            "\"PT0S\", \"PT5S\" or \"PT45M\""),
        a.clock(),
        parse("manualClockStart", a.manualClockStart(), Instant::parse, "\"2026-01-01T00:00:00Z\""),
        a.isolation(),
        a.strictness(),
        a.resetBetweenTests(),
        a.fastRetries());
  }

  static void requireRegion(String region, String what) {
    if (!AwsIdentifiers.isRegionName(region)) {
      throw new ExtensionConfigurationException(
          what
              + " = \""
              + region
              + "\" is not an AWS region: use e.g. \"us-east-1\" or \"us-gov-west-1\"");
    }
  }

  private static <T> T parse(
      String option, String text, java.util.function.Function<String, T> parser, String example) {
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException(
          "@WorkSpacesMockTest("
              + option
              + " = \""
              + text
              + "\") is not ISO-8601: write e.g. "
              + example);
    }
  }

  /** Starts a mock as configured; the caller owns (and closes) it. */
  WorkSpacesMock start(Clock clock) {
    WorkSpacesMock.Builder builder =
        WorkSpacesMock.builder()
            .clock(clock)
            .imageReadyAfter(imageReadyAfter)
            .defaultAccountId(defaultAccount);
    for (String seed : seeds) {
      try {
        if (seed.startsWith(CLASSPATH_PREFIX)) {
          builder.seedResource(seed.substring(CLASSPATH_PREFIX.length()));
        } else {
          builder.seedFile(Path.of(seed));
        }
      } catch (SeedException e) {
        throw new ExtensionConfigurationException(
            "Cannot load seed \""
                + seed
                + "\": "
                + e.getMessage()
                + (seed.startsWith(CLASSPATH_PREFIX)
                    ? ""
                    : " (a classpath resource needs the \"classpath:\" prefix)"),
            e);
      }
    }
    return builder.start();
  }

  Clock newClock() {
    return clock == ClockMode.MANUAL ? ManualClock.at(manualClockStart) : Clock.systemUTC();
  }
}
