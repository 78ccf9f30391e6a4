package dev.wsmock.junit5.assertj;

import static dev.wsmock.junit5.assertj.FailureWording.lines;
import static dev.wsmock.junit5.assertj.FailureWording.literal;
import static dev.wsmock.junit5.assertj.FailureWording.value;

import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link RecordedCall}; failures quote the call.
 *
 * <pre>{@code
 * assertThat(call).isOperation(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).wasMadeBy(OWNER)
 *     .hasRequestMember("SharedAccountId", RECIPIENT).succeeded();
 * assertThat(call).failedWith("ResourceUnavailableException");   // fails if the call succeeded
 * }</pre>
 *
 * @since 0.1
 */
public class RecordedCallAssert extends AbstractAssert<RecordedCallAssert, RecordedCall> {

  protected RecordedCallAssert(RecordedCall actual) {
    super(actual, RecordedCallAssert.class);
  }

  public RecordedCallAssert succeeded() {
    isNotNull();
    if (!actual.succeeded()) {
      fail("to succeed but it failed with " + outcome());
    }
    return myself;
  }

  /** The call failed with AWS error code {@code errorCode}, e.g. {@code "ResourceNotFoundException"}. */
  public RecordedCallAssert failedWith(String errorCode) {
    isNotNull();
    if (!errorCode.equals(actual.errorCode())) {
      fail(
          "to fail with "
              + errorCode
              + " but it "
              + (actual.succeeded() ? "succeeded" : "failed with " + outcome()));
    }
    return myself;
  }

  /** The request's top-level member {@code name} equals {@code expected} (JSON numbers compare by value). */
  public RecordedCallAssert hasRequestMember(String name, Object expected) {
    isNotNull();
    Object value = actual.requestMember(name);
    boolean same =
        value instanceof Number n && expected instanceof Number e
            ? n.toString().equals(e.toString())
            : Objects.equals(value, expected);
    if (!same) {
      fail(
          "to have request member "
              + name
              + " = "
              + value(expected)
              + " but "
              + (actual.request().containsKey(name)
                  ? "it was " + value(value)
                  : "the request has no "
                      + name
                      + " (members: "
                      + actual.request().keySet()
                      + ")"));
    }
    return myself;
  }

  public RecordedCallAssert isOperation(Operation operation) {
    isNotNull();
    if (!actual.isOperation(operation)) {
      fail("to be " + operation.awsName() + " but it was " + actual.operationName());
    }
    return myself;
  }

  /** The call was made as {@code accountId}. */
  public RecordedCallAssert wasMadeBy(String accountId) {
    isNotNull();
    if (!accountId.equals(actual.accountId())) {
      fail("to be made by " + accountId + " but it was made by " + actual.accountId());
    }
    return myself;
  }

  public RecordedCallAssert wasMadeIn(String region) {
    isNotNull();
    if (!region.equals(actual.region())) {
      fail("to be made in " + region + " but it was made in " + actual.region());
    }
    return myself;
  }

  private String outcome() {
    return actual.status()
        + (actual.errorCode() == null ? "" : " " + actual.errorCode())
        + (actual.errorMessage() == null ? "" : ": " + actual.errorMessage());
  }

  private void fail(String expectation) {
    failWithMessage(
        literal(
            "Expecting call #"
                + actual.sequence()
                + " "
                + expectation
                + ":\n"
                + lines(List.of(actual))));
  }
}
