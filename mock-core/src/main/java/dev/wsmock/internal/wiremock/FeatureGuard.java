package dev.wsmock.internal.wiremock;

import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import dev.wsmock.WireMockFeature;
import java.util.List;
import java.util.UUID;

/**
 * Refuses stubs that use a {@link WireMockFeature} that is off, however they arrive (the admin API, an import, a
 * recording, {@code mock.wireMock().stubFor(...)}), before WireMock stores them: a proxy stub or a webhook connects
 * out ({@link WireMockFeature#PROXYING}), a persistent stub writes a file ({@link WireMockFeature#FILES}). Stubs
 * WireMock loads from the user's own stub files pass; with proxying off they still cannot connect anywhere.
 */
final class FeatureGuard implements StubLifecycleListener {
  private final ServerOptions options;

  /** Set while WireMock loads stub files on this thread (at start, and on a reset to the default stubs). */
  private final ThreadLocal<Boolean> loadingFiles = ThreadLocal.withInitial(() -> false);

  FeatureGuard(ServerOptions options) {
    this.options = options;
  }

  @Override
  public void beforeStubCreated(StubMapping stub) {
    check(stub);
  }

  @Override
  public void beforeStubEdited(StubMapping oldStub, StubMapping newStub) {
    check(newStub);
  }

  private void check(StubMapping stub) {
    if (loadingFiles.get()) {
      return;
    }
    if (!options.enabled(WireMockFeature.PROXYING)) {
      if (stub.getResponse() != null && stub.getResponse().isProxyResponse()) {
        throw new WireMockFeatureRefused(WireMockFeature.PROXYING, "A proxy stub (proxiedFrom)");
      }
      if (hasAny(stub.getServeEventListeners()) || hasAny(stub.getPostServeActions())) {
        throw new WireMockFeatureRefused(
            WireMockFeature.PROXYING, "A stub with serve event listeners (webhooks)");
      }
    }
    if (!options.enabled(WireMockFeature.FILES) && stub.shouldBePersisted()) {
      throw new WireMockFeatureRefused(WireMockFeature.FILES, "A persistent stub");
    }
  }

  private static boolean hasAny(List<?> list) {
    return list != null && !list.isEmpty();
  }

  @Override
  public String getName() {
    return "wsmock-feature-guard";
  }

  /**
   * WireMock's stub files, loaded as WireMock would ({@code delegate}); while {@link WireMockFeature#FILES} is off
   * never written or deleted (WireMock deletes the files of loaded stubs on {@code DELETE /__admin/mappings}).
   */
  MappingsSource mappings(MappingsSource delegate) {
    return new GuardedMappings(delegate);
  }

  private final class GuardedMappings implements MappingsSource {
    private final MappingsSource delegate;

    GuardedMappings(MappingsSource delegate) {
      this.delegate = delegate;
    }

    private boolean filesOn() {
      return options.enabled(WireMockFeature.FILES);
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
      loadingFiles.set(true);
      try {
        delegate.loadMappingsInto(stubMappings);
      } finally {
        loadingFiles.set(false);
      }
    }

    @Override
    public void save(List<StubMapping> stubMappings) {
      if (!filesOn()) {
        throw new WireMockFeatureRefused(WireMockFeature.FILES, "Saving stubs to files");
      }
      delegate.save(stubMappings);
    }

    @Override
    public void save(StubMapping stubMapping) {
      if (!filesOn()) {
        throw new WireMockFeatureRefused(WireMockFeature.FILES, "Saving a stub to a file");
      }
      delegate.save(stubMapping);
    }

    @Override
    @SuppressWarnings("removal")
    public void remove(StubMapping stubMapping) {
      if (filesOn()) { // else the stub goes from memory and its file, if it came from one, stays
        delegate.remove(stubMapping);
      }
    }

    @Override
    public void remove(UUID stubMappingId) {
      if (filesOn()) {
        delegate.remove(stubMappingId);
      }
    }

    @Override
    public void removeAll() {
      if (filesOn()) {
        delegate.removeAll();
      }
    }
  }
}
