package dev.wsmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.internal.ExtensionSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three JUnit front doors ({@code @WorkSpacesMockTest}, {@code WorkSpacesMockExtension.builder()} and a bare
 * {@code @ExtendWith}) start from one set of defaults: the annotation's, as its methods declare them.
 */
class DefaultsAgreementTests {
  private static Object declared(String option) throws NoSuchMethodException {
    return WorkSpacesMockTest.class.getMethod(option).getDefaultValue();
  }

  @Test
  void the_defaults_are_the_annotations_declared_defaults() throws Exception {
    ExtensionSettings defaults = ExtensionSettings.defaults();

    assertThat(defaults.seeds()).isEqualTo(Arrays.asList((String[]) declared("seed")));
    assertThat(defaults.defaultAccount())
        .isEqualTo(declared("defaultAccount"))
        .isEqualTo(WorkSpacesMock.DEFAULT_ACCOUNT_ID);
    assertThat(defaults.region()).isEqualTo(declared("region"));
    assertThat(defaults.imageReadyAfter())
        .isEqualTo(Duration.parse((String) declared("imageReadyAfter")));
    assertThat(defaults.clock()).isEqualTo(declared("clock"));
    assertThat(defaults.manualClockStart())
        .isEqualTo(Instant.parse((String) declared("manualClockStart")));
    assertThat(defaults.isolation()).isEqualTo(declared("isolation"));
    assertThat(defaults.strictness()).isEqualTo(declared("strictness"));
    assertThat(defaults.resetBetweenTests()).isEqualTo(declared("resetBetweenTests"));
    assertThat(defaults.fastRetries()).isEqualTo(declared("fastRetries"));
  }

  @Test
  void every_annotation_option_is_a_setting() {
    List<String> options =
        Arrays.stream(WorkSpacesMockTest.class.getDeclaredMethods())
            .map(m -> m.getName())
            .sorted()
            .toList();
    List<String> settings =
        Arrays.stream(ExtensionSettings.class.getRecordComponents())
            .map(c -> c.getName())
            .map(name -> name.equals("seeds") ? "seed" : name)
            .sorted()
            .toList();

    assertThat(settings).isEqualTo(options);
  }
}
