package dev.wsmock;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.WorkSpacesClientBuilder;

/** Real SDK v2 clients pointed at a mock; the access key is the 12-digit account, so it picks the account. */
final class SdkClients {
  private SdkClients() {}

  static WorkSpacesClient forAccount(WorkSpacesMock mock, String accountId) {
    return forAccount(mock, accountId, "us-east-1");
  }

  static WorkSpacesClient forAccount(WorkSpacesMock mock, String accountId, String region) {
    return builderFor(mock, accountId, region).build();
  }

  /** A client in us-east-1 with its own retry strategy (fault tests pin how many attempts a call makes). */
  static WorkSpacesClient forAccount(WorkSpacesMock mock, String accountId, RetryStrategy retries) {
    return builderFor(mock, accountId, "us-east-1")
        .overrideConfiguration(o -> o.retryStrategy(retries))
        .build();
  }

  private static WorkSpacesClientBuilder builderFor(
      WorkSpacesMock mock, String accountId, String region) {
    return WorkSpacesClient.builder()
        .endpointOverride(mock.endpoint())
        .region(Region.of(region))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "secret")));
  }
}
