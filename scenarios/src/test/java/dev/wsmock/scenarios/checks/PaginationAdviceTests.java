package dev.wsmock.scenarios.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.scenarios.cassettes.Clients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** An unfinished listing's advice fits the client that made the call, told by its User-Agent. */
class PaginationAdviceTests {
  private static final String OWNER = "111111111111";
  private static final String BOTO3 =
      "Boto3/1.43.11 md/Botocore#1.43.11 ua/2.1 os/linux#6.18.44 md/arch#x86_64 lang/python#3.11.7"
          + " md/pyimpl#CPython m/D,e,Z,N,b cfg/retry-mode#legacy Botocore/1.43.11";
  private static final String AWS_CLI =
      "aws-cli/1.45.11 md/Botocore#1.43.11 ua/2.1 os/linux#6.18.44 md/arch#x86_64 lang/python#3.11.7"
          + " md/pyimpl#CPython m/N,D,Z,C,b,g cfg/retry-mode#legacy botocore/1.43.11";

  static WorkSpacesMock mock;

  @BeforeAll
  static void start() {
    Seed.Builder seed =
        Seed.builder()
            .image("wsi-golden0001", OWNER, "us-east-1", i -> i.sharedWith("222222222222"))
            .image(
                "wsi-golden0002",
                OWNER,
                "us-east-1",
                i -> i.sharedWith("222222222222", "333333333333"));
    for (int i = 0; i < 26; i++) {
      seed.bundle(String.format("wsb-golden%04d", i), OWNER, "us-east-1", "wsi-golden0001");
    }
    seed.directory("d-0000000001", OWNER, "us-east-1")
        .directory("d-0000000002", OWNER, "us-east-1");
    mock = WorkSpacesMock.builder().seed(seed.build()).start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.reset();
  }

  private static String advice() {
    List<ContractViolation> found = ConsumerChecks.analyse(mock.journal());
    assertThat(found).singleElement().isInstanceOf(ContractViolation.IncompletePagination.class);
    String message = found.get(0).message();
    return message.substring(
        message.indexOf("never read (") + "never read (".length(), message.indexOf(")\n"));
  }

  @Test
  void sdk_v2_which_has_no_image_paginator_is_told_to_follow_next_token() {
    try (WorkSpacesClient owner = Clients.forAccount(mock, OWNER)) {
      owner.describeWorkspaceImages(r -> r.maxResults(1));
    }

    assertThat(mock.journal().last().orElseThrow().userAgent()).startsWith("aws-sdk-java/2.");
    assertThat(advice())
        .isEqualTo(
            "SDK v2 has no paginator for DescribeWorkspaceImages: call again with the answer's nextToken()"
                + " until it is null");
  }

  @Test
  void sdk_v2_is_pointed_at_its_paginator_where_it_has_one() {
    try (WorkSpacesClient owner = Clients.forAccount(mock, OWNER)) {
      owner.describeWorkspaceBundles(r -> {});
    }

    assertThat(advice()).isEqualTo("use the SDK's describeWorkspaceBundlesPaginator");
  }

  @Test
  void an_unfinished_directory_listing_is_flagged_with_the_sdk_paginator() {
    try (WorkSpacesClient owner = Clients.forAccount(mock, OWNER)) {
      owner.describeWorkspaceDirectories(r -> r.limit(1));
    }

    assertThat(advice()).isEqualTo("use the SDK's describeWorkspaceDirectoriesPaginator");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BOTO3|DescribeWorkspaceImages|{\"MaxResults\": 1}"
            + "|use client.get_paginator(\"describe_workspace_images\")",
        "BOTO3|DescribeWorkspaceImagePermissions|{\"ImageId\": \"wsi-golden0002\", \"MaxResults\": 1}"
            + "|boto3 has no paginator for DescribeWorkspaceImagePermissions: call again with"
            + " NextToken=response[\"NextToken\"] until the answer has none",
        "AWS_CLI|DescribeWorkspaceImages|{\"MaxResults\": 1}"
            + "|the AWS CLI reads every page itself unless --no-paginate or --max-items stop it",
        "AWS_CLI|DescribeWorkspaceImagePermissions|{\"ImageId\": \"wsi-golden0002\", \"MaxResults\": 1}"
            + "|the AWS CLI does not page DescribeWorkspaceImagePermissions itself: run it again with"
            + " --next-token set to the NextToken it printed",
        "CURL|DescribeWorkspaceImages|{\"MaxResults\": 1}"
            + "|call again with the answer's NextToken until the answer has none",
      })
  void python_clients_and_unknown_ones_get_their_own_advice(
      String client, String operation, String body, String expected)
      throws IOException, InterruptedException {
    String userAgent =
        switch (client) {
          case "BOTO3" -> BOTO3;
          case "AWS_CLI" -> AWS_CLI;
          default -> "curl/8.5.0";
        };
    assertThat(post(operation, body, userAgent)).isEqualTo(200);

    assertThat(mock.journal().last().orElseThrow().userAgent()).isEqualTo(userAgent);
    assertThat(advice()).isEqualTo(expected);
  }

  /** The request a Python client (or curl) sends, with its User-Agent. */
  private static int post(String operation, String body, String userAgent)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(mock.endpoint() + "/"))
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("X-Amz-Target", "WorkspacesService." + operation)
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential="
                    + OWNER
                    + "/20260101/us-east-1/workspaces/aws4_request, SignedHeaders=content-type;host,"
                    + " Signature="
                    + "0".repeat(64))
            .header("User-Agent", userAgent)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
