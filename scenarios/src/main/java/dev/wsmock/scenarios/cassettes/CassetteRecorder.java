package dev.wsmock.scenarios.cassettes;

import dev.wsmock.AwsIdentifiers;
import dev.wsmock.scenarios.internal.cassettes.ExchangeCapture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * An SDK v2 {@link ExecutionInterceptor} that records every attempt of every call into a {@link Cassette}: operation,
 * account and region from the credential scope, request body, status, error code and response body. Headers,
 * access keys and signatures are never written. Add it to your own client, against the mock or against AWS.
 *
 * <pre>{@code
 * CassetteRecorder recorder = CassetteRecorder.builder()
 *     .appendTo(Path.of("target/traffic.jsonl"))          // optional; exchanges() always has them
 *     .accountPlaceholder("644160558196", "111111111111") // optional: real account -> placeholder
 *     .build();
 * WorkSpacesClient client = WorkSpacesClient.builder()
 *     .overrideConfiguration(c -> c.addExecutionInterceptor(recorder))
 *     .build();
 * }</pre>
 *
 * <p>With real AWS the access key is not an account id; give the account with {@link Builder#accountId(String)}.
 * Thread-safe: one recorder may serve several clients.
 */
public final class CassetteRecorder implements ExecutionInterceptor {
  private static final ExecutionAttribute<byte[]> REQUEST_BODY =
      new ExecutionAttribute<>("wsmock.requestBody");
  private static final ExecutionAttribute<String> AUTHORIZATION =
      new ExecutionAttribute<>("wsmock.authorization");

  private final ExchangeCapture capture;
  private final Path appendTo;
  private final List<Exchange> exchanges = new ArrayList<>();

  private CassetteRecorder(Builder builder) {
    this.capture = new ExchangeCapture(builder.placeholders, builder.accountId);
    this.appendTo = builder.appendTo;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every exchange recorded so far, oldest first. */
  public synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** The exchanges so far as a cassette with no Setup line. */
  public Cassette cassette() {
    return new Cassette(null, exchanges());
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    // The request as signed: the scope is in the Authorization header, which is read here and never
    // stored.
    attributes.putAttribute(
        AUTHORIZATION, context.httpRequest().firstMatchingHeader("Authorization").orElse(null));
    attributes.putAttribute(
        REQUEST_BODY,
        context
            .requestBody()
            .map(body -> readAll(body.contentStreamProvider().newStream()))
            .orElse(new byte[0]));
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(
      Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    byte[] body = context.responseBody().map(CassetteRecorder::readAll).orElse(new byte[0]);
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    Exchange exchange =
        capture.capture(
            operation,
            attributes.getAttribute(AUTHORIZATION),
            attributes.getAttribute(REQUEST_BODY),
            context.httpResponse().statusCode(),
            context.httpResponse().firstMatchingHeader("x-amzn-ErrorType").orElse(null),
            body);
    append(exchange);
    return Optional.of(new ByteArrayInputStream(body));
  }

  private synchronized void append(Exchange exchange) {
    exchanges.add(exchange);
    if (appendTo != null) {
      try {
        Files.writeString(
            appendTo,
            new Cassette(null, List.of(exchange)).toJsonLines(),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to cassette " + appendTo, e);
      }
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures a {@link CassetteRecorder}; every option is optional. */
  public static final class Builder {
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private String accountId;
    private Path appendTo;

    private Builder() {}

    /** Also appends each exchange to {@code file} as it happens (created if absent). */
    public Builder appendTo(Path file) {
      this.appendTo = Objects.requireNonNull(file);
      return this;
    }

    /** Writes {@code placeholder} wherever {@code realAccountId} occurs, ARNs included. */
    public Builder accountPlaceholder(String realAccountId, String placeholder) {
      placeholders.put(requireAccount(realAccountId), requireAccount(placeholder));
      return this;
    }

    /** The caller's account, for clients whose access key is not a 12-digit account id (real AWS). */
    public Builder accountId(String accountId) {
      this.accountId = requireAccount(accountId);
      return this;
    }

    public CassetteRecorder build() {
      return new CassetteRecorder(this);
    }

    private static String requireAccount(String id) {
      if (!AwsIdentifiers.isAccountId(id)) {
        throw new IllegalArgumentException("an account id is 12 digits, not " + id);
      }
      return id;
    }
  }
}
