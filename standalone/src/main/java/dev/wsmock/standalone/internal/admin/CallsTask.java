package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.wsmock.CallJournal;
import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import java.util.List;
import java.util.Map;

/** {@code GET /__admin/workspaces/calls}: the call journal, oldest first, with how many calls were dropped. */
final class CallsTask extends JsonTask {
  CallsTask(MockAccess access, AdminJson json) {
    super(access, json);
  }

  /** The journal as JSON; {@code dropped} counts calls that no longer fit in {@code capacity}. */
  record JournalView(int capacity, long dropped, int size, List<CallView> calls) {}

  /**
   * One {@link RecordedCall}; {@code time} is ISO-8601 on the mock's clock, {@code faultFired} the fired fault's
   * {@code describe()}, {@code line} the call's one-line summary.
   */
  record CallView(
      long sequence,
      String time,
      String operation,
      String accountId,
      String region,
      Map<String, Object> request,
      int status,
      String errorCode,
      String errorMessage,
      String requestId,
      String faultFired,
      Integer sdkAttempt,
      String sdkInvocationId,
      Long latencyMicros,
      String userAgent,
      String line) {

    static CallView of(RecordedCall call) {
      return new CallView(
          call.sequence(),
          call.time().toString(),
          call.operationName(),
          call.accountId(),
          call.region(),
          call.request(),
          call.status(),
          call.errorCode(),
          call.errorMessage(),
          call.requestId(),
          call.faultFired() == null ? null : call.faultFired().describe(),
          call.sdkAttempt(),
          call.sdkInvocationId(),
          call.latency() == null ? null : call.latency().toNanos() / 1000,
          call.userAgent(),
          call.describe());
    }
  }

  @Override
  ResponseDefinition handle(WorkSpacesMock mock, Request request, PathParams pathParams) {
    CallJournal journal = mock.journal();
    long dropped = journal.dropped();
    List<CallView> calls = journal.all().stream().map(CallView::of).toList();
    return json.ok(new JournalView(journal.capacity(), dropped, calls.size(), calls));
  }
}
