package dev.wsmock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wsmock.fault.Effect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scenario documents that once ended in a NullPointerException (a member left out), fault codes no header can carry,
 * and files read by mistake: each is a {@link ScenarioException} naming the path, and none quotes the file.
 */
class ScenarioValidationTests {
  private static ScenarioException refused(String document) {
    ScenarioException error =
        catchThrowableOfType(
            ScenarioException.class,
            () -> ScenarioReader.read(document.getBytes(StandardCharsets.UTF_8), "doc.yaml"));
    assertThat(error).as("refused: %s", document).isNotNull();
    return error;
  }

  @Test
  void a_uniform_delay_without_its_upper_bound_names_the_missing_member() {
    assertThat(
            refused(
                "{\"Faults\": [{\"Effect\": {\"Latency\": {\"Uniform\": {\"Lower\": \"1ms\"}}}}]}"))
        .hasMessage(
            "doc.yaml: $.Faults[0].Effect.Latency.Uniform.Upper: expected a duration like"
                + " \"250ms\", \"2s\" or \"PT0.25S\", got nothing");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Faults: [{Effect: {Latency: {LogNormal: {Median: 1ms}}}}]",
        "Faults: [{Effect: {Latency: {Uniform: {Upper: 1ms}}}}]",
        "Faults: [{Effect: {LostResponse: {}}}]",
        "Consistency: {ShareVisibleAfter: [1]}"
      })
  void a_member_left_out_or_null_is_a_scenario_error(String document) {
    assertThat(refused(document).path()).startsWith("$.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"Throttling\\r\\nX: 1\"", "\"Fehler\u00e4\"", "\"\"", "\"a#b\""})
  void a_fault_error_code_no_header_can_carry_is_refused(String code) {
    assertThat(refused("{\"Faults\": [{\"Effect\": {\"Error\": {\"Code\": " + code + "}}}]}"))
        .hasMessageContaining("$.Faults[0].Effect.Error")
        .hasMessageContaining("an error code is an ASCII letter");
  }

  @Test
  void a_fault_error_message_is_bounded() {
    assertThat(
            refused(
                "{\"Faults\": [{\"Effect\": {\"Error\": {\"Code\": \"X\", \"Message\": \""
                    + "m".repeat(Effect.Error.MAX_MESSAGE_LENGTH + 1)
                    + "\"}}}]}"))
        .hasMessageContaining("at most " + Effect.Error.MAX_MESSAGE_LENGTH);
  }

  @Test
  void a_file_read_by_mistake_is_never_quoted(@TempDir Path dir) throws Exception {
    Path passwd = dir.resolve("passwd");
    Files.writeString(passwd, "root:x:0:0:root:/root:/bin/bash\n\tdaemon:x:1:1::/:/sbin/nologin\n");
    Path shadow = dir.resolve("shadow");
    Files.writeString(shadow, "root:$6$secrethash:19000:0:99999:7:::\n");

    for (Path file : new Path[] {passwd, shadow}) {
      ScenarioException error =
          catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(file));
      assertThat(error).as(file.toString()).isNotNull();
      assertThat(error.getMessage()).doesNotContain("root", "daemon", "secrethash", "bash");
    }
  }

  @Test
  void a_string_where_a_number_belongs_is_named_by_type_not_quoted() {
    assertThat(refused("{\"Faults\": [{\"Times\": \"root:x:0:0\", \"Effect\": {}}]}").getMessage())
        .doesNotContain("root");
  }
}
