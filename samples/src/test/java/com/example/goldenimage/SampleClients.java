package com.example.goldenimage;

import dev.wsmock.WorkSpacesMock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * The app's own clients ({@link GoldenImageClients}, with its retry strategy) pointed at a mock. The access key is
 * the 12-digit account id, which is how the mock tells accounts apart.
 */
final class SampleClients {
  /** The app's production retry policy, minus the waiting: tests should not sleep through backoff. */
  static final RetrySettings FAST_RETRIES = RetrySettings.production().withDelays(Duration.ofMillis(1));

  private SampleClients() {}

  static WorkSpacesClient forAccount(WorkSpacesMock mock, String accountId, String region,
      ExecutionInterceptor... interceptors) {
    return GoldenImageClients.builder(FAST_RETRIES)
        .overrideConfiguration(GoldenImageClients.overrideConfiguration(FAST_RETRIES).toBuilder()
            .executionInterceptors(List.of(interceptors))
            .build())
        .endpointOverride(mock.endpoint())
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "secret")))
        .build();
  }
}
