package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.function.Supplier;

/** The mock's admin routes under {@code /__admin/workspaces}, beside WireMock's own {@code /__admin}. */
public final class WorkspacesAdminApi implements AdminApiExtension {
  private final MockAccess access;
  private final Supplier<? extends AdminTask> faults;
  private final AdminJson json = new AdminJson();

  /**
   * {@code faults} makes the tasks of {@code POST} and {@code DELETE /__admin/workspaces/faults}; it is called once
   * per route because WireMock's route table refuses one task instance under two routes.
   */
  public WorkspacesAdminApi(MockAccess access, Supplier<? extends AdminTask> faults) {
    this.access = access;
    this.faults = faults;
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
    router.add(RequestMethod.POST, "/workspaces/faults", faults.get());
    router.add(RequestMethod.DELETE, "/workspaces/faults", faults.get());
    router.add(RequestMethod.POST, "/workspaces/images/{id}/state", new ImageStateTask(access, json));
  }
}
