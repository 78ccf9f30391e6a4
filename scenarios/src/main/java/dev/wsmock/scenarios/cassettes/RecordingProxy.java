package dev.wsmock.scenarios.cassettes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.wsmock.scenarios.internal.cassettes.ExchangeCapture;
import dev.wsmock.scenarios.internal.cassettes.ProxySigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * A recording HTTP proxy for clients that are not Java (boto3, the AWS CLI): WireMock forwards every request to
 * the target and appends each WorkSpaces exchange to a cassette file. Point the client's endpoint URL at
 * {@link #endpoint()}. By default the request goes on as the client signed it, {@code Host} included, which a
 * local target (a wsmock server) accepts. A real AWS endpoint serves only requests addressed and signed to itself:
 * with {@link Builder#signWith} the proxy re-signs each request for the target with its own credentials (the client's
 * signature is not checked, only its region read). An {@code https} target's certificate is verified against the
 * JVM's trusted authorities. Headers, keys and signatures are never written to the cassette.
 *
 * <pre>{@code
 * try (RecordingProxy proxy = RecordingProxy.builder(URI.create("http://127.0.0.1:4566"), Path.of("traffic.jsonl"))
 *         .start()) {
 *   // aws workspaces describe-workspace-images --endpoint-url proxy.endpoint() ...
 * }
 * RecordingProxy.builder(URI.create("https://workspaces.us-east-1.amazonaws.com"), Path.of("aws.jsonl"))
 *     .signWith(DefaultCredentialsProvider.builder().build())
 *     .accountId("123456789012")
 *     .start();
 * }</pre>
 */
public final class RecordingProxy implements AutoCloseable {
  private final WireMockServer server;
  private final Recorder recorder;

  private RecordingProxy(WireMockServer server, Recorder recorder) {
    this.server = server;
    this.recorder = recorder;
  }

  public static Builder builder(URI proxyTo, Path recordTo) {
    return new Builder(proxyTo, recordTo);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  public int port() {
    return server.port();
  }

  /** The exchanges recorded so far, oldest first (also in the file). */
  public List<Exchange> exchanges() {
    return recorder.exchanges();
  }

  @Override
  public void close() {
    server.stop();
  }

  /**
   * Appends each WorkSpaces exchange to the cassette; other traffic passes unrecorded. It writes before the
   * response is sent (not after completion), so once a client holds an answer its line is already in the file:
   * a caller that stops the proxy right after its last call loses nothing.
   */
  private static final class Recorder implements ServeEventListener {
    private final ExchangeCapture capture;
    private final Path file;
    private final List<Exchange> exchanges = new ArrayList<>();

    Recorder(ExchangeCapture capture, Path file) {
      this.capture = capture;
      this.file = file;
    }

    @Override
    public String getName() {
      return "wsmock-cassette-recorder";
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
      LoggedRequest request = event.getRequest();
      LoggedResponse response = event.getResponse();
      String operation = ExchangeCapture.operation(request.getHeader("X-Amz-Target"));
      if (operation == null
          || response == null
          || response.getHeaders() != null
              && response.getHeaders().getHeader(OwnAnswers.HEADER).isPresent()) {
        return;
      }
      String errorType =
          response.getHeaders() == null
                  || !response.getHeaders().getHeader("x-amzn-ErrorType").isPresent()
              ? null
              : response.getHeaders().getHeader("x-amzn-ErrorType").firstValue();
      append(
          capture.capture(
              operation,
              request.getHeader("Authorization"),
              request.getBody(),
              response.getStatus(),
              errorType,
              response.getBody()));
    }

    private synchronized void append(Exchange exchange) {
      exchanges.add(exchange);
      try {
        Files.writeString(
            file,
            new Cassette(null, List.of(exchange)).toJsonLines(),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to cassette " + file, e);
      }
    }

    synchronized List<Exchange> exchanges() {
      return List.copyOf(exchanges);
    }
  }

  /**
   * Marks every answer the target did not give (WireMock's 500 for a refused connection or an untrusted
   * certificate, the signer's {@code ProxySigningFailed}) so the recorder leaves it out: a cassette holds only
   * what the target said.
   */
  private static final class OwnAnswers implements ResponseTransformerV2 {
    static final String HEADER = "x-wsmock-proxy-error";

    @Override
    public String getName() {
      return "wsmock-proxy-own-answers";
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
      return response.isFromProxy()
          ? response
          : Response.Builder.like(response)
              .but()
              .headers(response.getHeaders().plus(new HttpHeader(HEADER, "true")))
              .build();
    }
  }

  /** Configures a {@link RecordingProxy}. */
  public static final class Builder {
    private final URI proxyTo;
    private final Path recordTo;
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private String accountId;
    private int port;
    private String bindAddress = "127.0.0.1";
    private AwsCredentialsProvider signingCredentials;

    private Builder(URI proxyTo, Path recordTo) {
      this.proxyTo = Objects.requireNonNull(proxyTo);
      this.recordTo = Objects.requireNonNull(recordTo);
    }

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress);
      return this;
    }

    /** Writes {@code placeholder} wherever {@code realAccountId} occurs. */
    public Builder accountPlaceholder(String realAccountId, String placeholder) {
      placeholders.put(realAccountId, placeholder);
      return this;
    }

    /** The caller's account, when access keys are not 12-digit account ids. */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /**
     * Re-signs every forwarded request for the target with these credentials (SigV4, service {@code workspaces},
     * the region of the client's credential scope), resolved per request so rotating credentials keep working.
     * Needed for a real AWS endpoint; needs {@code software.amazon.awssdk:auth} on the classpath. Anyone who can
     * reach the proxy then calls the target as these credentials: keep it on loopback.
     */
    public Builder signWith(AwsCredentialsProvider credentials) {
      this.signingCredentials = Objects.requireNonNull(credentials);
      return this;
    }

    public RecordingProxy start() {
      Recorder recorder = new Recorder(new ExchangeCapture(placeholders, accountId), recordTo);
      // WireMock's reverse proxy trusts any TLS certificate (for self-signed test targets); a proxy
      // that sends
      // requests signed with real credentials to AWS verifies the target against the JVM's trusted
      // authorities.
      WireMockConfiguration options =
          WireMockConfiguration.options()
              .httpClientFactory(
                  (o, trustAll, trustedHosts, useSystemProperties) ->
                      new ApacheHttpClientFactory()
                          .buildHttpClient(o, false, List.of(), useSystemProperties));
      if (signingCredentials != null) {
        options.extensions(new ProxySigner(proxyTo, signingCredentials));
      }
      WireMockServer server =
          new WireMockServer(
              options
                  .port(port)
                  .bindAddress(bindAddress)
                  .preserveHostHeader(true)
                  .stubRequestLoggingDisabled(true)
                  .notifier(new Slf4jNotifier(false))
                  // The proxy needs no admin API (its one stub is added here, in process): closed,
                  // no web page
                  // the developer opens can re-point it, read what it recorded or stop it.
                  .adminAuthenticator(request -> false)
                  .maxRequestJournalEntries(
                      1) // the serve event needs the response body; the cassette keeps everything
                  .extensions(recorder, new OwnAnswers()));
      server.start();
      server.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(proxyTo.toString())));
      return new RecordingProxy(server, recorder);
    }
  }
}
