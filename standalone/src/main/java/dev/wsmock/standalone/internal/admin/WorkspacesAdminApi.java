package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;

/** The mock's admin routes under {@code /__admin/workspaces}, beside WireMock's own {@code /__admin}. */
public final class WorkspacesAdminApi implements AdminApiExtension {
  private final MockAccess access;
  private final AdminJson json = new AdminJson();

  public WorkspacesAdminApi(MockAccess access) {
    this.access = access;
  }

  @Override
  public String getName() {
    return "wsmock-workspaces-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(RequestMethod.POST, "/workspaces/reset", new ResetTask(access, json));
    router.add(RequestMethod.POST, "/workspaces/seed", new SeedTask(access, json));
    router.add(RequestMethod.GET, "/workspaces/state", new StateTask(access, json));
    router.add(RequestMethod.GET, "/workspaces/calls", new CallsTask(access, json));
    // WireMock's route table refuses one task instance under two routes.
    router.add(RequestMethod.POST, "/workspaces/faults", new FaultsTask(access, json));
    router.add(RequestMethod.DELETE, "/workspaces/faults", new FaultsTask(access, json));
    router.add(
        RequestMethod.POST, "/workspaces/images/{id}/state", new ImageStateTask(access, json));
    router.add(
        RequestMethod.POST, "/workspaces/images/{id}/updates", new ImageUpdatesTask(access, json));
    router.add(
        RequestMethod.DELETE,
        "/workspaces/images/{id}/updates",
        new ImageUpdatesTask(access, json));
  }
}
