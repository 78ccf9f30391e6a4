package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/**
 * A fault's error code goes into {@code x-amzn-ErrorType} and {@code __type}: a code either cannot carry (a line
 * break, a non-ASCII letter, 100 KB) is refused when the rule is made, from Java as from files.
 */
class FaultRuleValidationTests {
  @ParameterizedTest
  @ValueSource(
      strings = {"Throttling\r\nX-Injected: 1", "Drosselung\u00e4", "", "9Lives", "a b", "ns#Code"})
  void an_error_code_no_header_can_carry_is_refused(String code) {
    assertThatThrownBy(() -> new Effect.Error(400, code, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an error code is an ASCII letter");
  }

  @Test
  void an_error_code_of_100_kb_and_a_message_past_the_bound_are_refused() {
    assertThatThrownBy(() -> new Effect.Error(500, "A".repeat(100_000), "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Effect.Error(500, "X", "m".repeat(Effect.Error.MAX_MESSAGE_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most " + Effect.Error.MAX_MESSAGE_LENGTH);
    assertThatThrownBy(() -> new Effect.Error(500, "X", "broken \uD800 surrogate"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lone surrogate");
  }

  @Test
  void the_longest_code_and_message_are_served_with_the_header_equal_to_the_type() {
    String code = "C" + "x".repeat(Effect.Error.MAX_CODE_LENGTH - 1);
    String message = "m\u00e9\uD83D\uDE00".repeat(Effect.Error.MAX_MESSAGE_LENGTH / 4);
    try (WorkSpacesMock mock = WorkSpacesMock.builder().start();
        WorkSpacesClient client = SdkClients.forAccount(mock, "111111111111")) {
      mock.faults().add(FaultRule.always().then(new Effect.Error(400, code, message)));
      assertThatThrownBy(() -> client.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
                assertThat(
                        e.awsErrorDetails()
                            .sdkHttpResponse()
                            .firstMatchingHeader("x-amzn-ErrorType"))
                    .hasValue(code);
              });
    }
  }
}
