package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.wsmock.Consistency;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.scenarios.Scenario;
import dev.wsmock.scenarios.ScenarioException;
import dev.wsmock.scenarios.ScenarioReader;

/**
 * {@code POST /__admin/workspaces/faults} adds the fault rules of a scenario document (JSON or YAML, the format of
 * {@code docs/scenarios.md}; a {@code Seed} in it is added to the state too); {@code DELETE} clears every rule
 * and puts consistency back to immediate.
 */
final class FaultsTask extends JsonTask {
  FaultsTask(MockAccess access, AdminJson json) {
    super(access, json);
  }

  @Override
  ResponseDefinition handle(WorkSpacesMock mock, Request request, PathParams pathParams) {
    if (request.getMethod().equals(RequestMethod.DELETE)) {
      mock.faults().clear();
      mock.consistency(Consistency.IMMEDIATE);
      return json.ok(new AdminJson.AdminMessage("fault rules cleared"));
    }
    Scenario scenario;
    try {
      scenario = ScenarioReader.read(request.getBody(), "request body");
    } catch (ScenarioException e) {
      throw new AdminProblem(400, "InvalidFaults", e.getMessage());
    }
    scenario.applyTo(mock);
    return json.ok(
        new AdminJson.AdminMessage(
            scenario.faults().size()
                + " fault rule(s) added; "
                + mock.faults().rules().size()
                + " active; fault seed "
                + mock.faults().seed()));
  }
}
