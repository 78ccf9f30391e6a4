package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.wsmock.SeedException;
import dev.wsmock.WorkSpacesMock;

/** An admin route on the mock whose every failure, expected or not, answers JSON rather than WireMock's HTML. */
abstract class JsonTask implements AdminTask {
  private final MockAccess access;
  protected final AdminJson json;

  JsonTask(MockAccess access, AdminJson json) {
    this.access = access;
    this.json = json;
  }

  @Override
  public final ResponseDefinition execute(
      Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    try {
      return handle(access.get(), serveEvent.getRequest(), pathParams);
    } catch (AdminProblem problem) {
      return json.error(problem.status(), problem.error(), problem.getMessage());
    } catch (SeedException e) {
      return json.error(400, "InvalidSeed", e.getMessage());
    } catch (IllegalArgumentException e) {
      return json.error(400, "InvalidRequest", e.getMessage());
    } catch (RuntimeException e) {
      return json.error(500, "InternalError", "the admin request failed: " + e);
    }
  }

  abstract ResponseDefinition handle(WorkSpacesMock mock, Request request, PathParams pathParams);
}
