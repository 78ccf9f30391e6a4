package dev.wsmock.standalone.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.wsmock.standalone.internal.admin.MockAccess;
import dev.wsmock.standalone.internal.admin.WorkspacesAdminApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/admin-api.md has a section for every route the admin API serves, and none for a route it does not. */
class AdminApiDocTests {
  static final Markdown PAGE = Markdown.doc("admin-api.md");

  @Test
  void every_admin_route_has_its_section() {
    List<String> routes = new ArrayList<>();
    new WorkspacesAdminApi(new MockAccess())
        .contributeAdminApiRoutes(
            new Router() {
              @Override
              public void add(RequestMethod method, String path, Class<? extends AdminTask> task) {
                routes.add(method.getName() + " /__admin" + path);
              }

              @Override
              public void add(RequestMethod method, String path, AdminTask task) {
                routes.add(method.getName() + " /__admin" + path);
              }
            });
    assertThat(routes).isNotEmpty();

    List<String> sections =
        PAGE.headings().stream()
            .filter(h -> h.startsWith("`") && h.contains(" /__admin"))
            .map(h -> h.replace("`", ""))
            .toList();

    assertThat(sections).containsExactlyInAnyOrderElementsOf(routes);
  }
}
