package dev.wsmock.scenarios.cassettes;

import dev.wsmock.WorkSpacesMock;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** Real SDK v2 clients; the access key is the 12-digit account unless a key is given. */
public final class Clients {
  private Clients() {}

  public static WorkSpacesClient forAccount(WorkSpacesMock mock, String accountId) {
    return client(mock.endpoint(), accountId, null);
  }

  public static WorkSpacesClient client(
      URI endpoint, String accessKey, ExecutionInterceptor interceptor) {
    return WorkSpacesClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(accessKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
        .overrideConfiguration(
            c -> {
              if (interceptor != null) {
                c.addExecutionInterceptor(interceptor);
              }
            })
        .build();
  }
}
