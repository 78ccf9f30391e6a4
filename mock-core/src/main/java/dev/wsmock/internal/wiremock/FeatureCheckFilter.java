package dev.wsmock.internal.wiremock;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.RequestJournalDisabledException;
import dev.wsmock.WireMockFeature;
import dev.wsmock.internal.json.JsonCodec;
import java.io.IOException;
import java.util.List;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Behind {@link RequestBodyFilter} on {@code /__admin}: what an allowed admin request's body asks for, the refusals
 * WireMock itself raises through {@link FeatureGuard} (a proxy stub, a persistent stub), answered in the admin API's
 * JSON rather than as a failed request, and WireMock's bodiless error answers given a JSON body.
 */
final class FeatureCheckFilter implements Filter {
  private final ServerOptions options;
  private final JsonErrors errors;
  private final JsonCodec json;

  FeatureCheckFilter(ServerOptions options, JsonErrors errors, JsonCodec json) {
    this.options = options;
    this.errors = errors;
    this.json = json;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (request.getDispatcherType() != DispatcherType.ERROR && savesARecording(request)) {
      errors.writeAdmin(
          response,
          403,
          "FeatureDisabled",
          "saving a recording writes files; send \"persist\": false, or "
              + WireMockFeatureRefused.howToEnable(WireMockFeature.FILES));
      return;
    }
    EmptyErrorsAsJson answer = new EmptyErrorsAsJson(response, errors);
    try {
      chain.doFilter(request, answer);
    } catch (WireMockFeatureRefused refused) {
      if (response.isCommitted()) {
        throw refused;
      }
      response.reset();
      errors.writeAdmin(response, 403, "FeatureDisabled", refused.getMessage());
      return;
    } catch (RequestJournalDisabledException off) {
      response.reset();
      errors.writeAdmin(
          response,
          409,
          "RequestJournalDisabled",
          "WireMock's request journal is off on this mock (WorkSpacesMock.builder().wireMockRequestJournal(n)"
              + " keeps one); the mock's own call journal is at /__admin/workspaces/calls");
      return;
    } catch (RuntimeException failed) {
      // WireMock's admin routes fail on some bad input (a null body, a query parameter that is no
      // number) with an
      // exception instead of an answer: that is the request's fault, and the client is told so.
      if (response.isCommitted()) {
        throw failed;
      }
      response.reset();
      errors.writeAdmin(
          response,
          400,
          "InvalidRequest",
          "WireMock could not serve "
              + request.getMethod()
              + " "
              + JsonErrors.printable(request.getRequestURI())
              + ": "
              + (failed instanceof NullPointerException
                  ? "a value it needs is missing or null"
                  : JsonErrors.printable(String.valueOf(failed.getMessage()))));
      return;
    }
    if (!request.isAsyncStarted()) {
      answer.finish();
    }
  }

  /** A recording (allowed only with proxying) that would save stub files while files are off. */
  private boolean savesARecording(HttpServletRequest request) {
    if (options.enabled(WireMockFeature.FILES)) {
      return false;
    }
    List<String> paths = AdminGuardFilter.paths(request);
    if (!AdminGuardFilter.any(paths, "/recordings/start")
        && !AdminGuardFilter.any(paths, "/recordings/snapshot")) {
      return false;
    }
    try {
      JsonNode spec = json.readTree(request.getInputStream()); // the bounded, buffered copy
      return spec == null || !spec.path("persist").isBoolean() || spec.path("persist").asBoolean();
    } catch (IOException | RuntimeException unreadable) {
      return true;
    }
  }
}
