package dev.wsmock.internal.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.protocol.Delivery;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.protocol.HttpCall;
import java.util.Map;

/**
 * Routes the requests that reach the mock's catch-all stub into the model. It only translates between WireMock's
 * request/response types and the protocol layer's; all AWS logic is behind {@link MockRuntime#serve}.
 */
public final class WorkSpacesTransformer implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "wsmock-workspaces";
  private final MockRuntime runtime;

  public WorkSpacesTransformer(MockRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    HttpAnswer answer = runtime.serve(toCall(serveEvent.getRequest()));
    return toResponse(answer).build();
  }

  /** From the request WireMock already logged ({@code ServeEvent#getRequest}): its headers are read once, there. */
  static HttpCall toCall(Request request) {
    Map<String, String> headers = HttpCall.caseInsensitiveHeaders();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.put(header.key(), header.firstValue());
    }
    String url = request.getUrl();
    int query = url.indexOf('?');
    String path = query < 0 ? url : url.substring(0, query);
    return new HttpCall(
        request.getMethod().getName(),
        path,
        query < 0 ? null : url.substring(query + 1),
        headers,
        request.getBody());
  }

  static ResponseDefinitionBuilder toResponse(HttpAnswer answer) {
    ResponseDefinitionBuilder response =
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(answer.status())
            .withBody(answer.body());
    answer.headers().forEach(response::withHeader);
    Delivery delivery = answer.delivery();
    if (!delivery.delay().isZero()) {
      response.withFixedDelay(
          (int) delivery.delay().toMillis()); // drawn by the fault engine, so it is repeatable
    }
    if (delivery.transport() != null) {
      response.withFault(
          Fault.valueOf(delivery.transport().name())); // same names as WireMock's http.Fault
    }
    return response;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
