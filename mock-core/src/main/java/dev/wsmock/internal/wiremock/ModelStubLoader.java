package dev.wsmock.internal.wiremock;

import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;

/**
 * Makes the model's catch-all stub one of WireMock's default mappings, so WireMock puts it back whenever it
 * resets to its defaults ({@code POST /__admin/reset}, {@code resetAll()}): a user's reset of WireMock must not
 * silently turn the model off.
 */
final class ModelStubLoader implements MappingsLoaderExtension {
  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    stubMappings.addMapping(WireMockServers.modelStub());
  }

  @Override
  public String getName() {
    return "wsmock-model-stub";
  }
}
