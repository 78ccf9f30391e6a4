package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one definition of account ids and region names that every module asks. */
class AwsIdentifiersTests {
  @ParameterizedTest
  @ValueSource(strings = {"111111111111", "000000000000", "123456789012"})
  void twelve_ascii_digits_are_an_account_id(String text) {
    assertThat(AwsIdentifiers.isAccountId(text)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "11111111111",
        "1111111111111",
        "11111111111a",
        "111111111111\n",
        " 111111111111",
        "١١١١١١١١١١١١"
      })
  void anything_else_is_not_an_account_id(String text) {
    assertThat(AwsIdentifiers.isAccountId(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"us-east-1", "eu-central-2", "ap-southeast-4", "cn-northwest-1", "us-gov-west-1"})
  void region_names_of_aws_partitions_are_region_names(String text) {
    assertThat(AwsIdentifiers.isRegionName(text)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "-", "zz-fake-9", "mars-1", "us-east-1\n", "US-EAST-1", "us-east"})
  void names_no_partition_has_are_not_region_names(String text) {
    assertThat(AwsIdentifiers.isRegionName(text)).isFalse();
  }
}
