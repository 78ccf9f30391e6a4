package dev.wsmock.standalone;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** SDK v2 clients pointed at a running server; the access key picks the account (mapped, or 12 digits). */
final class Sdk {
  /** Mapped to 111111111111 in demo-seed.json. */
  static final String OWNER_KEY = "AKIAOWNEREXAMPLE0001";

  private Sdk() {}

  static WorkSpacesClient client(URI endpoint, String accessKeyId) {
    return WorkSpacesClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "any-secret")))
        .build();
  }
}
