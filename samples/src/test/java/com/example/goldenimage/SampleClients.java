package com.example.goldenimage;

import dev.wsmock.WorkSpacesMock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * The app's own client ({@link GoldenImageClients}, with its retry strategy) pointed at a mock, for the tests where
 * that strategy is what is under test. Injected {@code @Account} clients have the SDK's defaults instead.
 */
final class SampleClients {
  /** The app's production retry policy without the waiting: tests should not sleep through backoff. */
  static final RetrySettings FAST_RETRIES =
      RetrySettings.production().withDelays(Duration.ofMillis(1));

  private SampleClients() {}

  /** A client calling {@code mock} as {@code accountId}: the mock reads the account from a 12-digit access key. */
  static WorkSpacesClient forAccount(WorkSpacesMock mock, String accountId, String region) {
    return GoldenImageClients.builder(FAST_RETRIES)
        .endpointOverride(mock.endpoint())
        .region(Region.of(region))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "secret")))
        .build();
  }
}
