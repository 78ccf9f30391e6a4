package dev.wsmock;

import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/** Who the caller is (mapped key, 12-digit key, default account) and where (credential scope, never Host). */
class IdentityTests {
  static final String MAPPED_KEY = "AKIAOWNEREXAMPLE0001";
  static final String DEFAULT = "888888888888";
  static final Seed SEED =
      Seed.builder()
          .defaultAccountId(DEFAULT)
          .account(OWNER, a -> a.accessKeyIds(MAPPED_KEY))
          .image("wsi-owner00001", OWNER, REGION)
          .image("wsi-default001", DEFAULT, REGION)
          .image("wsi-europe0001", OWNER, MockHarness.OTHER_REGION)
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  private static java.util.List<String> imagesSeenWithKey(String accessKeyId) {
    try (WorkSpacesClient client =
        WorkSpacesClient.builder()
            .endpointOverride(aws.mock().endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "secret")))
            .build()) {
      return client.describeWorkspaceImages(r -> {}).images().stream()
          .map(WorkspaceImage::imageId)
          .toList();
    }
  }

  @Test
  void an_access_key_mapped_in_the_seed_selects_its_account() {
    assertThat(imagesSeenWithKey(MAPPED_KEY)).containsExactly("wsi-owner00001");
  }

  @Test
  void a_twelve_digit_access_key_is_the_account_itself() {
    assertThat(imagesSeenWithKey(OWNER)).containsExactly("wsi-owner00001");
    assertThat(imagesSeenWithKey("000000000042")).isEmpty();
  }

  @Test
  void any_other_access_key_is_the_default_account_of_the_seed() {
    assertThat(imagesSeenWithKey("AKIAUNKNOWNKEY000001")).containsExactly("wsi-default001");
  }

  @Test
  void the_builder_sets_the_default_account_when_the_seed_does_not() {
    try (WorkSpacesMock mock =
        WorkSpacesMock.builder()
            .defaultAccountId(OWNER)
            .seed(Seed.builder().image("wsi-owner00001", OWNER, REGION).build())
            .start()) {
      var answer =
          new RawRequests(mock.endpoint())
              .call("DescribeWorkspaceImages", "{}", "AKIAUNKNOWN", REGION);

      assertThat(answer.json().path("Images").path(0).path("ImageId").asText())
          .isEqualTo("wsi-owner00001");
      assertThat(mock.journal().last().orElseThrow().accountId()).isEqualTo(OWNER);
    }
  }

  @Test
  void without_any_configuration_the_default_account_is_123456789012() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().start()) {
      new RawRequests(mock.endpoint()).call("DescribeWorkspaceImages", "{}", "AKIAUNKNOWN", REGION);

      assertThat(mock.journal().last().orElseThrow().accountId()).isEqualTo("123456789012");
    }
  }

  @Test
  void the_region_comes_from_the_credential_scope_not_the_host_header() throws IOException {
    String body = "{}";
    String request =
        "POST / HTTP/1.1\r\n"
            + "Host: workspaces.us-east-1.amazonaws.com\r\n"
            + "Content-Type: application/x-amz-json-1.1\r\n"
            + "X-Amz-Target: WorkspacesService.DescribeWorkspaceImages\r\n"
            + "Authorization: "
            + RawRequests.authorization(OWNER, MockHarness.OTHER_REGION)
            + "\r\n"
            + "Content-Length: "
            + body.length()
            + "\r\n"
            + "Connection: close\r\n\r\n"
            + body;
    String response;
    try (Socket socket = new Socket("127.0.0.1", aws.mock().port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      response = all.toString(StandardCharsets.UTF_8);
    }

    assertThat(response)
        .startsWith("HTTP/1.1 200")
        .contains("wsi-europe0001")
        .doesNotContain("wsi-owner00001");
  }

  @Test
  void a_missing_authorization_header_is_MissingAuthenticationToken() {
    Map<String, String> headers =
        new HashMap<>(
            Map.of(
                "Content-Type",
                RawRequests.CONTENT_TYPE,
                "X-Amz-Target",
                "WorkspacesService.DescribeWorkspaceImages"));
    var answer = aws.raw().post("{}".getBytes(StandardCharsets.UTF_8), headers).isAwsError();

    assertThat(answer.errorCode()).isEqualTo("MissingAuthenticationTokenException");
    assertThat(answer.json().path("message").asText())
        .isEqualTo("Request is missing Authentication Token");
  }

  @Test
  void a_malformed_credential_scope_is_IncompleteSignature() {
    Map<String, String> headers =
        Map.of(
            "Content-Type", RawRequests.CONTENT_TYPE,
            "X-Amz-Target", "WorkspacesService.DescribeWorkspaceImages",
            "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1, SignedHeaders=host, Signature=00");
    var answer = aws.raw().post("{}".getBytes(StandardCharsets.UTF_8), headers).isAwsError();

    assertThat(answer.errorCode()).isEqualTo("IncompleteSignatureException");
  }
}
