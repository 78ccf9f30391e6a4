package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.wsmock.WorkSpacesMock;

/** {@code POST /__admin/workspaces/seed}: adds the seed JSON in the body, all or nothing. */
final class SeedTask extends JsonTask {
  static final String SOURCE = "request body";

  SeedTask(MockAccess access, AdminJson json) {
    super(access, json);
  }

  @Override
  ResponseDefinition handle(WorkSpacesMock mock, Request request, PathParams pathParams) {
    String body = request.getBodyAsString();
    if (body == null || body.isBlank()) {
      throw new AdminProblem(
          400, "InvalidSeed", SOURCE + ": $: the body is empty; expected a seed file's JSON");
    }
    mock.loadSeedJson(body, SOURCE);
    return json.ok(new AdminJson.AdminMessage("seed added"));
  }
}
