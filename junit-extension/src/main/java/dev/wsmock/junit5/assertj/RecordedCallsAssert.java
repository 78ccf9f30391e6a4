package dev.wsmock.junit5.assertj;

import static dev.wsmock.junit5.assertj.FailureWording.count;
import static dev.wsmock.junit5.assertj.FailureWording.lines;
import static dev.wsmock.junit5.assertj.FailureWording.literal;

import dev.wsmock.RecordedCall;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a slice of the journal (e.g. the calls of one operation), reached from {@link CallJournalAssert}.
 *
 * <pre>{@code
 * assertThat(journal).calls(Operation.COPY_WORKSPACE_IMAGE).hasSize(2).allSucceeded().last().hasRequestMember("SourceRegion", "us-east-1");
 * }</pre>
 *
 * @since 0.1
 */
public class RecordedCallsAssert extends AbstractAssert<RecordedCallsAssert, List<RecordedCall>> {
  private final String what;
  private final List<RecordedCall> journal;

  RecordedCallsAssert(List<RecordedCall> actual, String what, List<RecordedCall> journal) {
    super(actual, RecordedCallsAssert.class);
    this.what = what;
    this.journal = journal;
  }

  /** Exactly {@code expected} calls; the message quotes them, or the whole journal when there are none. */
  public RecordedCallsAssert hasSize(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      failWithMessage(
          literal(
              "Expecting "
                  + count(expected, what)
                  + " but found "
                  + actual.size()
                  + (actual.isEmpty()
                      ? ". All calls:\n" + lines(journal)
                      : ":\n" + lines(actual))));
    }
    return myself;
  }

  public RecordedCallsAssert isEmpty() {
    return hasSize(0);
  }

  /** Every call in the slice succeeded. */
  public RecordedCallsAssert allSucceeded() {
    isNotNull();
    List<RecordedCall> failed = actual.stream().filter(c -> !c.succeeded()).toList();
    if (!failed.isEmpty()) {
      failWithMessage(
          literal(
              "Expecting every "
                  + what
                  + " call to succeed but "
                  + failed.size()
                  + " failed:\n"
                  + lines(failed)));
    }
    return myself;
  }

  public RecordedCallAssert first() {
    return element(0, "a first");
  }

  public RecordedCallAssert last() {
    return element(actual.size() - 1, "a last");
  }

  /** The call at {@code index} (from 0) of the slice. */
  public RecordedCallAssert element(int index) {
    return element(index, "call [" + index + "] of the");
  }

  private RecordedCallAssert element(int index, String which) {
    isNotNull();
    if (index < 0 || index >= actual.size()) {
      failWithMessage(
          literal(
              "Expecting "
                  + which
                  + " "
                  + what
                  + " call but there "
                  + (actual.isEmpty()
                      ? "is none. All calls:\n" + lines(journal)
                      : "are only " + actual.size() + ":\n" + lines(actual))));
    }
    return new RecordedCallAssert(actual.get(index));
  }
}
