package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * {@code POST} and {@code DELETE /__admin/workspaces/faults} until the fault engine exists: a clear 501. The
 * scenarios module replaces this class with one that adds and clears fault rules.
 */
public final class FaultsUnavailableTask implements AdminTask {
  private final AdminJson json = new AdminJson();

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return json.error(501, "NotImplemented", "fault injection arrives with the scenarios module");
  }
}
