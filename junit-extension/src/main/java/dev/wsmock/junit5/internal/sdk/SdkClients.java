package dev.wsmock.junit5.internal.sdk;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.LegacyRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.workspaces.WorkSpacesAsyncClient;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * The only class that touches the AWS SDK (an optional dependency). It is loaded when a test first asks for a
 * client, so users who never inject one need no SDK on their classpath.
 */
public final class SdkClients {
  public static final String SYNC = "software.amazon.awssdk.services.workspaces.WorkSpacesClient";
  public static final String ASYNC =
      "software.amazon.awssdk.services.workspaces.WorkSpacesAsyncClient";

  private SdkClients() {}

  /** Carries the caller from the calling thread to the attempt's transmission (possibly on another thread). */
  private static final ExecutionAttribute<Object> CALLER =
      new ExecutionAttribute<>("wsmock.junit5.caller");

  /**
   * A client of type {@code typeName} ({@link #SYNC} or {@link #ASYNC}) calling {@code endpoint} as {@code
   * accountId}; {@code observer} learns which caller sent each invocation.
   */
  public static AutoCloseable build(
      String typeName,
      URI endpoint,
      String accountId,
      String region,
      boolean fastRetries,
      InvocationObserver observer,
      CassetteSink cassettes) {
    // The mock reads the account from the SigV4 access key: a 12-digit key is the account itself.
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "wsmock-secret"));
    try {
      if (SYNC.equals(typeName)) {
        return WorkSpacesClient.builder()
            .endpointOverride(endpoint)
            .region(Region.of(region))
            .credentialsProvider(credentials)
            .overrideConfiguration(o -> configure(o, fastRetries, observer, cassettes))
            .build();
      }
      return WorkSpacesAsyncClient.builder()
          .endpointOverride(endpoint)
          .region(Region.of(region))
          .credentialsProvider(credentials)
          .overrideConfiguration(o -> configure(o, fastRetries, observer, cassettes))
          .build();
    } catch (SdkClientException e) {
      boolean sync = SYNC.equals(typeName);
      throw new ParameterResolutionException(
          "Cannot build a "
              + simpleName(typeName)
              + ": "
              + e.getMessage()
              + " software.amazon.awssdk:workspaces brings "
              + (sync ? "apache-client" : "netty-nio-client")
              + "; if your build excludes it, add one "
              + (sync ? "sync" : "async")
              + " HTTP client as a test dependency.",
          e);
    }
  }

  private static void configure(
      ClientOverrideConfiguration.Builder config,
      boolean fast,
      InvocationObserver observer,
      CassetteSink cassettes) {
    retries(config, fast);
    config.addExecutionInterceptor(new Attribution(observer));
    if (cassettes != null) {
      config.addExecutionInterceptor(
          new Recording(cassettes)); // after Attribution, which sets CALLER
    }
  }

  /** Hands each call's exchange to the recorder of the test that made it; calls outside a test go unrecorded. */
  private record Recording(CassetteSink cassettes) implements ExecutionInterceptor {
    @Override
    public void beforeTransmission(
        Context.BeforeTransmission context, ExecutionAttributes attributes) {
      Object caller = attributes.getAttribute(CALLER);
      if (caller != null) {
        cassettes.recorderFor(caller).beforeTransmission(context, attributes);
      }
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
        Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
      Object caller = attributes.getAttribute(CALLER);
      return caller == null
          ? context.responseBody()
          : cassettes.recorderFor(caller).modifyHttpResponseContent(context, attributes);
    }
  }

  /**
   * Notes the caller where the call is made ({@code beforeExecution} runs on the calling thread, for sync and async
   * clients alike) and reports it with the invocation id each attempt carries.
   */
  private record Attribution(InvocationObserver observer) implements ExecutionInterceptor {
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      Object caller = observer.caller();
      if (caller != null) {
        attributes.putAttribute(CALLER, caller);
      }
    }

    @Override
    public void beforeTransmission(
        Context.BeforeTransmission context, ExecutionAttributes attributes) {
      Object caller = attributes.getAttribute(CALLER);
      if (caller != null) {
        context
            .httpRequest()
            .firstMatchingHeader("amz-sdk-invocation-id")
            .ifPresent(id -> observer.sending(caller, id));
      }
    }
  }

  /**
   * When {@code fast}, the client's own retry strategy (its retry mode, attempts and retryable errors) without the
   * waiting between attempts, which after a throttle is up to seconds; and without the circuit breaker, so a fault
   * scenario's many failures cannot stop a shared client from retrying in later tests.
   */
  private static void retries(ClientOverrideConfiguration.Builder config, boolean fast) {
    if (fast) {
      config.retryStrategy(
          strategy -> {
            strategy
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately());
            if (strategy instanceof StandardRetryStrategy.Builder standard) {
              standard.circuitBreakerEnabled(false);
            } else if (strategy instanceof LegacyRetryStrategy.Builder legacy) {
              legacy.circuitBreakerEnabled(false);
            }
          });
    }
  }

  public static String simpleName(String typeName) {
    return typeName.substring(typeName.lastIndexOf('.') + 1);
  }
}
