package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.wsmock.WorkSpacesMock;

/** {@code POST /__admin/workspaces/reset}: back to the start-up seed, journal cleared. */
final class ResetTask extends JsonTask {
  ResetTask(MockAccess access, AdminJson json) {
    super(access, json);
  }

  @Override
  ResponseDefinition handle(WorkSpacesMock mock, Request request, PathParams pathParams) {
    mock.reset();
    return json.ok(
        new AdminJson.AdminMessage("state reset to the start-up seed; call journal cleared"));
  }
}
