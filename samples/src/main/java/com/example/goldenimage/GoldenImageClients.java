package com.example.goldenimage;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.WorkSpacesClientBuilder;

/**
 * Builds the service's {@link WorkSpacesClient}s: the Apache HTTP client and the SDK's STANDARD retry mode with more
 * attempts, so throttling and transient 5xx are absorbed below the service's logic.
 *
 * <pre>{@code
 * WorkSpacesClient owner = GoldenImageClients.builder(RetrySettings.production())
 *     .region(Region.US_EAST_1)
 *     .credentialsProvider(ProfileCredentialsProvider.create("golden-owner"))
 *     .build();
 * }</pre>
 */
public final class GoldenImageClients {
  private GoldenImageClients() {}

  /** A client builder with the service's HTTP client and retry strategy; the caller adds region and credentials. */
  public static WorkSpacesClientBuilder builder(RetrySettings retry) {
    return WorkSpacesClient.builder()
        .httpClientBuilder(ApacheHttpClient.builder())
        .overrideConfiguration(overrideConfiguration(retry));
  }

  /** The retry configuration alone, for code that builds its clients elsewhere. */
  public static ClientOverrideConfiguration overrideConfiguration(RetrySettings retry) {
    StandardRetryStrategy strategy =
        AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(retry.maxAttempts())
            .backoffStrategy(
                BackoffStrategy.exponentialDelay(retry.baseDelay(), retry.maxBackoff()))
            .throttlingBackoffStrategy(
                BackoffStrategy.exponentialDelay(retry.throttlingBaseDelay(), retry.maxBackoff()))
            // A batch run over hundreds of accounts must not trip the client-wide circuit breaker
            // on a throttled burst.
            .circuitBreakerEnabled(false)
            .build();
    return ClientOverrideConfiguration.builder().retryStrategy(strategy).build();
  }
}
