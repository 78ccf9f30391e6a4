package dev.wsmock.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Region names: the partitions' syntax up to the model's 31 characters, plus declared names of the model's syntax. */
class RegionNamesTests {
  @Test
  void a_partition_name_of_31_characters_is_accepted_and_one_of_32_is_not() {
    String thirtyOne = "us-" + "a".repeat(26) + "-1";
    assertThat(thirtyOne).hasSize(31);
    assertThat(RegionNames.standard().accepts(thirtyOne)).isTrue();
    assertThat(RegionNames.standard().accepts("us-" + "a".repeat(27) + "-1")).isFalse();
    assertThat(RegionNames.standard().accepts(null)).isFalse();
  }

  @Test
  void declared_names_are_accepted_and_named_in_what_is_expected() {
    RegionNames names = RegionNames.withExtra(List.of("local", "dev-box"));

    assertThat(names.accepts("local")).isTrue();
    assertThat(names.isDeclared("local")).isTrue();
    assertThat(names.isDeclared("us-east-1")).isFalse();
    assertThat(names.describe())
        .isEqualTo(
            "an AWS region name such as us-east-1 or one of the declared regions [dev-box, local]");
    assertThat(RegionNames.standard().describe()).isEqualTo("an AWS region name such as us-east-1");
    assertThat(RegionNames.withExtra(List.of())).isSameAs(RegionNames.standard());
  }

  @Test
  void a_declared_name_must_fit_the_models_region_syntax() {
    for (String bad : new String[] {"", "Local", "a".repeat(32), "us east", "local\n"}) {
      assertThatThrownBy(() -> RegionNames.withExtra(List.of(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1 to 31 of [-0-9a-z]");
    }
    assertThatThrownBy(() -> RegionNames.withExtra(java.util.Arrays.asList((String) null)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
