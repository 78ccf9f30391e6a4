package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/** Assertions on errors as the SDK surfaces them: the typed exception, its AWS code, status and state kept. */
final class AwsErrors {
  private AwsErrors() {}

  /** {@code call} fails with {@code type} carrying {@code code} and HTTP 400; returns the exception for more checks. */
  static <E extends WorkSpacesException> E rejects(
      ThrowingCallable call, Class<E> type, String code) {
    E error = catchThrowableOfType(type, call);
    assertThat(error).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo(code);
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorMessage()).isNotBlank();
    assertThat(error.requestId()).isNotBlank();
    return error;
  }

  /** Like {@link #rejects} and also checks the mock's whole state is the same before and after. */
  static <E extends WorkSpacesException> E rejectsWithoutChange(
      WorkSpacesMock mock, ThrowingCallable call, Class<E> type, String code) {
    String before = mock.exportStateJson();
    E error = rejects(call, type, code);
    assertThat(mock.exportStateJson()).as("state after a rejected call").isEqualTo(before);
    return error;
  }

  /** The message AWS would show, from the typed exception. */
  static String messageOf(WorkSpacesException error) {
    return error.awsErrorDetails().errorMessage();
  }
}
