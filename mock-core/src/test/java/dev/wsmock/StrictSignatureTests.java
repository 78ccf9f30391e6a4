package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;

/**
 * Strict auth against requests signed by the AWS SDK's own SigV4 signer ({@link AwsV4HttpSigner}) and then changed as
 * an attacker would change them: a target that was not signed, another algorithm, a query outside the signature, a
 * header list without {@code host}. Each must be refused with AWS's error; the unchanged request must pass.
 */
class StrictSignatureTests {
  private static final String OWNER = "111111111111";
  private static final String KEY = "AKIAOWNEREXAMPLE0001";
  private static final String SECRET = "owner-secret-0001";
  private static final String REGION = "us-east-1";

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final WorkSpacesMock mock =
      WorkSpacesMock.builder()
          .clock(Clock.fixed(now, ZoneOffset.UTC))
          .seed(
              Seed.builder()
                  .account(OWNER, a -> a.accessKeyIds(KEY))
                  .secretAccessKey(KEY, SECRET)
                  .image("wsi-golden0001", OWNER, REGION, i -> i.name("golden"))
                  .build())
          .strictAuth(true)
          .start();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void close() {
    mock.close();
  }

  /** A request as the SDK signs it: the given headers (plus host and x-amz-date, which the signer adds). */
  private SdkHttpRequest signed(
      Map<String, String> headers, String body, Map<String, String> query, String service) {
    SdkHttpFullRequest.Builder request =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create(mock.endpoint() + "/"));
    headers.forEach(request::putHeader);
    query.forEach(request::putRawQueryParameter);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return AwsV4HttpSigner.create()
        .sign(
            r ->
                r.identity(AwsBasicCredentials.create(KEY, SECRET))
                    .request(request.build())
                    .payload(ContentStreamProvider.fromByteArray(bytes))
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(now, ZoneOffset.UTC))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, REGION))
        .request();
  }

  private static Map<String, String> jsonHeaders(String operation) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", RawRequests.CONTENT_TYPE);
    if (operation != null) {
      headers.put("X-Amz-Target", Operation.TARGET_PREFIX + operation);
    }
    return headers;
  }

  /** Sends {@code request}'s headers (changed by {@code change}) with {@code body} to {@code pathAndQuery}. */
  private RawRequests.Answer send(
      SdkHttpRequest request,
      UnaryOperator<Map<String, String>> change,
      String pathAndQuery,
      String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    request.headers().forEach((name, values) -> headers.put(name, values.get(0)));
    headers.remove("Host"); // the HTTP client writes the same host itself
    Map<String, String> sent = change.apply(headers);
    HttpRequest.Builder http =
        HttpRequest.newBuilder(URI.create(mock.endpoint() + pathAndQuery))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    sent.forEach(http::header);
    try {
      HttpResponse<byte[]> response =
          this.http.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new RawRequests.Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private RawRequests.Answer send(SdkHttpRequest request, String body) {
    return send(request, h -> h, "/", body);
  }

  /** A signed DescribeWorkspaceImages of {@code {}} sent with {@code from} replaced by {@code to} in its Authorization. */
  private RawRequests.Answer describeWithAuthorizationEdited(String from, String to) {
    SdkHttpRequest request =
        signed(jsonHeaders("DescribeWorkspaceImages"), "{}", Map.of(), "workspaces");
    return send(
        request,
        h -> {
          h.put("Authorization", h.get("Authorization").replace(from, to));
          return h;
        },
        "/",
        "{}");
  }

  /** {@code answer} is the AWS error {@code code}; returns its message. */
  private static String refusedWith(RawRequests.Answer answer, String code) {
    answer.isAwsError();
    assertThat(answer.errorCode()).isEqualTo(code);
    return answer.json().path("message").asText();
  }

  @Test
  void a_request_signed_by_the_sdk_signer_is_accepted() {
    String body = "{\"ImageId\":\"wsi-golden0001\"}";
    SdkHttpRequest request =
        signed(jsonHeaders("DescribeWorkspaceImagePermissions"), body, Map.of(), "workspaces");

    RawRequests.Answer answer = send(request, body);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("ImageId").asText()).isEqualTo("wsi-golden0001");
  }

  @Test
  void a_signed_describe_replayed_with_another_unsigned_target_deletes_nothing() {
    // Signed without X-Amz-Target, the target is added afterwards: the signature still holds, the
    // operation is the
    // attacker's choice. Once this deleted the image.
    String body = "{\"ImageId\":\"wsi-golden0001\"}";
    SdkHttpRequest request = signed(jsonHeaders(null), body, Map.of(), "workspaces");

    RawRequests.Answer answer =
        send(
            request,
            h -> {
              h.put("X-Amz-Target", Operation.DELETE_WORKSPACE_IMAGE.target());
              return h;
            },
            "/",
            body);

    assertThat(refusedWith(answer, "InvalidSignatureException"))
        .isEqualTo("'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization.");
    assertThat(mock.image(REGION, "wsi-golden0001")).isPresent();
  }

  @Test
  void a_signed_header_list_without_host_is_refused_before_the_signature_is_compared() {
    RawRequests.Answer answer =
        describeWithAuthorizationEdited(
            "SignedHeaders=content-type;host;", "SignedHeaders=content-type;");

    assertThat(refusedWith(answer, "InvalidSignatureException"))
        .isEqualTo("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }

  @Test
  void any_algorithm_but_AWS4_HMAC_SHA256_is_refused_even_with_a_valid_signature() {
    RawRequests.Answer answer =
        describeWithAuthorizationEdited("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512");

    assertThat(refusedWith(answer, "IncompleteSignatureException"))
        .isEqualTo(
            "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512' (only AWS4-HMAC-SHA256 for now). ");
  }

  @Test
  void a_query_string_is_part_of_the_signature() {
    String body = "{}";
    SdkHttpRequest withQuery =
        signed(
            jsonHeaders("DescribeWorkspaceImages"),
            body,
            Map.of("b", "2 two", "a", "1"),
            "workspaces");
    assertThat(send(withQuery, h -> h, "/?b=2%20two&a=1", body).status())
        .as("the query the SDK signed")
        .isEqualTo(200);

    refusedWith(send(withQuery, h -> h, "/?b=3&a=1", body), "InvalidSignatureException");
    SdkHttpRequest withoutQuery =
        signed(jsonHeaders("DescribeWorkspaceImages"), body, Map.of(), "workspaces");
    refusedWith(
        send(withoutQuery, h -> h, "/?Action=DeleteWorkspaceImage", body),
        "InvalidSignatureException");
  }

  @Test
  void a_credential_scoped_to_another_service_is_refused() {
    SdkHttpRequest request = signed(jsonHeaders("DescribeWorkspaceImages"), "{}", Map.of(), "ec2");

    assertThat(refusedWith(send(request, "{}"), "InvalidSignatureException"))
        .isEqualTo("Credential should be scoped to correct service: 'workspaces'.");
  }

  @Test
  void a_credential_with_another_terminator_is_refused() {
    RawRequests.Answer answer = describeWithAuthorizationEdited("/aws4_request", "/aws5_req");

    assertThat(refusedWith(answer, "InvalidSignatureException"))
        .isEqualTo(
            "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_req'.");
  }
}
