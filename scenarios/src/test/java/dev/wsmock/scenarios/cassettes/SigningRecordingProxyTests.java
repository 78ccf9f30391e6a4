package dev.wsmock.scenarios.cassettes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/**
 * A proxy that re-signs (issue 19): a strict-auth mock stands in for AWS, knowing only the proxy's secret; the client
 * signs with another secret, for the proxy's own address.
 */
class SigningRecordingProxyTests {
  private static final String OWNER = "111111111111";
  private static final String KEY = "AKIAPROXYEXAMPLE0001";
  private static final String PROXY_SECRET = "proxy-secret-0001";
  private static final String CLIENT_SECRET = "client-secret-never-known-to-the-target";
  private static final AwsCredentialsProvider PROXY_CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, PROXY_SECRET));

  private final WorkSpacesMock target =
      WorkSpacesMock.builder()
          .seed(
              Seed.builder()
                  .account(OWNER, a -> a.accessKeyIds(KEY))
                  .secretAccessKey(KEY, PROXY_SECRET)
                  .image("wsi-golden0001", OWNER, "us-east-1", i -> i.name("golden"))
                  .build())
          .strictAuth(true)
          .start();

  @AfterEach
  void close() {
    target.close();
  }

  private static WorkSpacesClient client(URI endpoint, String secret) {
    return WorkSpacesClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, secret)))
        .build();
  }

  private RecordingProxy.Builder proxy(Path file) {
    return RecordingProxy.builder(target.endpoint(), file).accountId(OWNER);
  }

  @Test
  void the_target_refuses_the_clients_signature_and_accepts_the_call_the_proxy_re_signed(
      @TempDir Path dir) {
    Path file = dir.resolve("signed.jsonl");
    try (WorkSpacesClient direct = client(target.endpoint(), CLIENT_SECRET)) {
      assertThatThrownBy(() -> direct.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorCode())
                      .isEqualTo("InvalidSignatureException"));
    }
    try (RecordingProxy proxy = proxy(file).signWith(PROXY_CREDENTIALS).start();
        WorkSpacesClient client = client(proxy.endpoint(), CLIENT_SECRET)) {
      assertThat(client.describeWorkspaceImages(r -> {}).images())
          .extracting(i -> i.imageId())
          .containsExactly("wsi-golden0001");
    }

    assertThat(Cassette.read(file).exchanges())
        .extracting(Exchange::operation, Exchange::accountId, Exchange::region, Exchange::status)
        .containsExactly(tuple("DescribeWorkspaceImages", OWNER, "us-east-1", 200));
  }

  @Test
  void without_signing_the_proxy_forwards_the_clients_signature_and_the_target_refuses_it(
      @TempDir Path dir) {
    try (RecordingProxy proxy = proxy(dir.resolve("plain.jsonl")).start();
        WorkSpacesClient client = client(proxy.endpoint(), CLIENT_SECRET)) {
      assertThatThrownBy(() -> client.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorCode())
                      .isEqualTo("InvalidSignatureException"));
    }
  }

  @Test
  void a_refusal_of_the_target_reaches_the_client_unchanged_and_is_recorded(@TempDir Path dir) {
    Path file = dir.resolve("refused.jsonl");
    AwsCredentialsProvider wrongSecret =
        StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, "not-the-secret"));
    WorkSpacesException direct;
    try (WorkSpacesClient client = client(target.endpoint(), "not-the-secret")) {
      direct = catchWorkSpaces(() -> client.describeWorkspaceImages(r -> {}));
    }
    WorkSpacesException proxied;
    try (RecordingProxy proxy = proxy(file).signWith(wrongSecret).start();
        WorkSpacesClient client = client(proxy.endpoint(), CLIENT_SECRET)) {
      proxied = catchWorkSpaces(() -> client.describeWorkspaceImages(r -> {}));
    }

    assertThat(proxied.statusCode()).isEqualTo(direct.statusCode()).isEqualTo(400);
    assertThat(proxied.awsErrorDetails().errorCode())
        .isEqualTo(direct.awsErrorDetails().errorCode())
        .isEqualTo("InvalidSignatureException");
    assertThat(proxied.awsErrorDetails().errorMessage())
        .isEqualTo(direct.awsErrorDetails().errorMessage());
    assertThat(Cassette.read(file).exchanges())
        .extracting(Exchange::operation, Exchange::status, Exchange::errorCode)
        .containsExactly(tuple("DescribeWorkspaceImages", 400, "InvalidSignatureException"));
  }

  @Test
  void the_re_signed_request_is_addressed_to_the_target_with_the_clients_target_header_and_body(
      @TempDir Path dir) {
    WireMockServer echo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    echo.start();
    try {
      echo.stubFor(
          any(anyUrl())
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/x-amz-json-1.1")
                      .withBody("{}")));
      URI echoUri = URI.create("http://127.0.0.1:" + echo.port());
      try (RecordingProxy proxy =
              RecordingProxy.builder(echoUri, dir.resolve("echo.jsonl"))
                  .signWith(PROXY_CREDENTIALS)
                  .start();
          WorkSpacesClient client = client(proxy.endpoint(), CLIENT_SECRET)) {
        client.describeWorkspaceImages(r -> r.imageIds("wsi-golden0001"));
      }

      List<LoggedRequest> seen = echo.findAll(anyRequestedFor(anyUrl()));
      assertThat(seen).hasSize(1);
      LoggedRequest forwarded = seen.get(0);
      assertThat(forwarded.getHeader("Host")).isEqualTo("127.0.0.1:" + echo.port());
      assertThat(forwarded.getHeader("X-Amz-Target"))
          .isEqualTo("WorkspacesService.DescribeWorkspaceImages");
      assertThat(forwarded.getHeader("Content-Type")).isEqualTo("application/x-amz-json-1.1");
      assertThat(forwarded.getBodyAsString()).isEqualTo("{\"ImageIds\":[\"wsi-golden0001\"]}");
      assertThat(forwarded.getHeader("X-Amz-Date")).matches("\\d{8}T\\d{6}Z");
      assertThat(forwarded.getHeader("Authorization"))
          .startsWith("AWS4-HMAC-SHA256 Credential=" + KEY + "/")
          .contains("/us-east-1/workspaces/aws4_request")
          .contains("SignedHeaders=")
          .contains("host")
          .contains("x-amz-target");
      assertThat(forwarded.getAllHeaderKeys())
          .filteredOn(k -> k.equalsIgnoreCase("Authorization") || k.equalsIgnoreCase("Host"))
          .hasSize(2); // replaced, not added beside the client's
    } finally {
      echo.stop();
    }
  }

  @Test
  void credentials_and_signatures_are_never_written_to_the_cassette(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("secret-free.jsonl");
    String token = "session-token-of-the-proxy";
    // The mock ignores the token (it is not a key), so session credentials still verify against the
    // secret.
    AwsCredentialsProvider session =
        StaticCredentialsProvider.create(AwsSessionCredentials.create(KEY, PROXY_SECRET, token));
    try (RecordingProxy proxy = proxy(file).signWith(session).start();
        WorkSpacesClient client = client(proxy.endpoint(), CLIENT_SECRET)) {
      client.describeWorkspaceImages(r -> {});
      catchWorkSpaces(
          () -> client.describeWorkspaceImagePermissions(r -> r.imageId("wsi-nope00001")));
    }

    String cassette = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(Cassette.read(file).exchanges()).hasSize(2);
    assertThat(cassette)
        .doesNotContain(KEY)
        .doesNotContain(PROXY_SECRET)
        .doesNotContain(CLIENT_SECRET)
        .doesNotContain(token)
        .doesNotContain("AWS4-HMAC-SHA256")
        .doesNotContain("Signature");
  }

  @Test
  void credentials_that_cannot_be_resolved_answer_a_proxy_error_and_record_nothing(
      @TempDir Path dir) {
    Path file = dir.resolve("none.jsonl");
    AwsCredentialsProvider empty =
        () -> {
          throw SdkClientException.create("Unable to load credentials from any provider");
        };
    try (RecordingProxy proxy = proxy(file).signWith(empty).start();
        WorkSpacesClient client = client(proxy.endpoint(), CLIENT_SECRET)) {
      WorkSpacesException e = catchWorkSpaces(() -> client.describeWorkspaceImages(r -> {}));
      assertThat(e.statusCode()).isEqualTo(500);
      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ProxySigningFailed");
      assertThat(e.awsErrorDetails().errorMessage())
          .contains("Unable to load credentials from any provider");
      assertThat(proxy.exchanges()).isEmpty();
    }
    assertThat(target.journal().size()).isZero();
  }

  @Test
  void an_https_target_whose_certificate_no_trusted_authority_signed_is_not_sent_the_request(
      @TempDir Path dir) {
    // WireMock's own self-signed certificate: a man in the middle would present one like it.
    WireMockServer impostor =
        new WireMockServer(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort());
    impostor.start();
    try {
      impostor.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
      URI https = URI.create("https://localhost:" + impostor.httpsPort());
      try (RecordingProxy proxy =
              RecordingProxy.builder(https, dir.resolve("tls.jsonl"))
                  .signWith(PROXY_CREDENTIALS)
                  .start();
          WorkSpacesClient client = client(proxy.endpoint(), CLIENT_SECRET)) {
        assertThat(catchWorkSpaces(() -> client.describeWorkspaceImages(r -> {})).statusCode())
            .isEqualTo(500);
        assertThat(proxy.exchanges()).isEmpty(); // the proxy's own failure, not the target's answer
      }
      assertThat(impostor.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    } finally {
      impostor.stop();
    }
  }

  @Test
  void an_unsigned_request_is_forwarded_as_it_came_and_the_targets_refusal_recorded(
      @TempDir Path dir) throws Exception {
    Path file = dir.resolve("unsigned.jsonl");
    try (RecordingProxy proxy = proxy(file).signWith(PROXY_CREDENTIALS).start()) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(proxy.endpoint())
                      .header("X-Amz-Target", "WorkspacesService.DescribeWorkspaceImages")
                      .header("Content-Type", "application/x-amz-json-1.1")
                      .POST(HttpRequest.BodyPublishers.ofString("{}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body()).contains("MissingAuthenticationToken");
    }
    assertThat(Cassette.read(file).exchanges())
        .extracting(Exchange::operation, Exchange::region, Exchange::status, Exchange::errorCode)
        .containsExactly(
            tuple("DescribeWorkspaceImages", null, 400, "MissingAuthenticationTokenException"));
  }

  private static WorkSpacesException catchWorkSpaces(Runnable call) {
    try {
      call.run();
    } catch (WorkSpacesException e) {
      return e;
    }
    throw new AssertionError("the call succeeded");
  }
}
