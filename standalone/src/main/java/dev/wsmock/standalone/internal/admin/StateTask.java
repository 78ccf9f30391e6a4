package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.wsmock.WorkSpacesMock;
import java.nio.charset.StandardCharsets;

/** {@code GET /__admin/workspaces/state}: the whole state as a seed file, so it round-trips through {@code --seed}. */
final class StateTask extends JsonTask {
  StateTask(MockAccess access, AdminJson json) {
    super(access, json);
  }

  @Override
  ResponseDefinition handle(WorkSpacesMock mock, Request request, PathParams pathParams) {
    // Written by the mock's own seed-file writer, so the format is exactly what --seed reads.
    return AdminJson.raw(200, mock.exportStateJson().getBytes(StandardCharsets.UTF_8));
  }
}
