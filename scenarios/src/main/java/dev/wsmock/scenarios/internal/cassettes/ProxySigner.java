package dev.wsmock.scenarios.internal.cassettes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * Re-signs each request the recording proxy forwards, for the target's host and with the proxy's own credentials: a
 * real endpoint serves only requests addressed (and so signed) to itself, and the client signed for the proxy's
 * loopback address. The client's signature is not checked; only the region of its credential scope is read. A
 * request without a scope is forwarded as it came, so the target refuses it the way it refuses any unsigned call.
 *
 * <p>Signed: the target's {@code Host}, a fresh {@code X-Amz-Date}, {@code Content-Type} and every {@code x-amz-*}
 * header the client sent ({@code X-Amz-Target} among them), over the body unchanged; the session token when the
 * credentials have one. Other headers (User-Agent, the SDK's invocation ids) travel unsigned, as AWS allows.
 */
public final class ProxySigner implements StubRequestFilterV2 {
  private static final String SERVICE = "workspaces";

  /** What the client's signature put on the request: replaced by this proxy's, or dropped. */
  private static final Set<String> CLIENT_AUTH =
      Set.of("authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256");

  private final URI target;
  private final AwsCredentialsProvider credentials;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  public ProxySigner(URI target, AwsCredentialsProvider credentials) {
    this.target = Objects.requireNonNull(target);
    this.credentials = Objects.requireNonNull(credentials);
  }

  @Override
  public String getName() {
    return "wsmock-proxy-signer";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    String region = ExchangeCapture.scopeRegion(request.getHeader("Authorization"));
    if (region == null) {
      return RequestFilterAction.continueWith(request);
    }
    SdkHttpRequest signed;
    try {
      signed = sign(request, region);
    } catch (RuntimeException e) {
      // Credentials that expired or vanished since start: the client is told why, and nothing is
      // forwarded.
      return RequestFilterAction.stopWith(refusal(e));
    }
    return RequestFilterAction.continueWith(replaceAuthHeaders(request, signed));
  }

  private static ResponseDefinition refusal(RuntimeException e) {
    ObjectNode body = CassetteJson.nodes().objectNode();
    body.put("__type", "wsmock#ProxySigningFailed");
    body.put(
        "message",
        "the recording proxy could not sign the request with its credentials: " + e.getMessage());
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(500)
        .withHeader("Content-Type", "application/x-amz-json-1.1")
        .withHeader("x-amzn-ErrorType", "ProxySigningFailed")
        .withBody(body.toString())
        .build();
  }

  private SdkHttpRequest sign(Request request, String region) {
    SdkHttpFullRequest.Builder unsigned =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.fromValue(request.getMethod().getName()))
            .uri(URI.create(stripTrailingSlash(target.toString()) + request.getUrl()));
    for (HttpHeader header : request.getHeaders().all()) {
      String name = header.key().toLowerCase(Locale.ROOT);
      if (name.equals("content-type") || name.startsWith("x-amz-") && !CLIENT_AUTH.contains(name)) {
        unsigned.putHeader(header.key(), header.values());
      }
    }
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
    return sign(signer, credentials, unsigned.build(), body, region);
  }

  /**
   * {@code unsigned} signed for WorkSpaces in {@code region} over {@code body}: what the proxy and a replay against
   * a real endpoint ({@link ReplayClient}) both send.
   */
  static SdkHttpRequest sign(
      AwsV4HttpSigner signer,
      AwsCredentialsProvider credentials,
      SdkHttpRequest unsigned,
      byte[] body,
      String region) {
    SignedRequest result =
        signer.sign(
            r ->
                r.identity(credentials.resolveCredentials())
                    .request(unsigned)
                    .payload(ContentStreamProvider.fromByteArray(body))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region));
    return result.request();
  }

  /**
   * The request with the signer's headers in place of the client's. WireMock's wrapper removes by exact name and
   * also from headers it adds, so a header the client sent is transformed (matched in any case), one it lacks is
   * added, and only client authentication the new signature has no counterpart for is removed.
   */
  private static Request replaceAuthHeaders(Request request, SdkHttpRequest signed) {
    Map<String, List<String>> signedHeaders = signed.headers();
    RequestWrapper.Builder wrapper = RequestWrapper.create();
    Set<String> present = new HashSet<>();
    for (String key : request.getAllHeaderKeys()) {
      String name = key.toLowerCase(Locale.ROOT);
      List<String> replacement = valuesOf(signedHeaders, name);
      if (replacement != null) {
        present.add(name);
        wrapper.transformHeader(key, values -> replacement);
      } else if (CLIENT_AUTH.contains(name)) {
        wrapper.removeHeader(key);
      }
    }
    signedHeaders.forEach(
        (key, values) -> {
          if (!present.contains(key.toLowerCase(Locale.ROOT))) {
            wrapper.addHeader(key, values.toArray(String[]::new));
          }
        });
    return wrapper.wrap(request);
  }

  private static List<String> valuesOf(Map<String, List<String>> headers, String lowerCaseName) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
