package dev.wsmock.internal.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.CallJournal;
import dev.wsmock.ManualClock;
import dev.wsmock.MockBehaviour;
import dev.wsmock.Operation;
import dev.wsmock.Seed;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.MockSettings;
import dev.wsmock.internal.contract.ServiceContract;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.protocol.HttpCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Drives a {@link MockRuntime} in-process: the same pipeline WireMock calls, without sockets, so properties can
 * afford tens of thousands of requests. Requests carry a well-formed (unverified) SigV4 header for the caller.
 */
final class InProcess {
  static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");

  /** Parsed once per JVM: the contract is immutable and costs a few hundred milliseconds to load. */
  static final ServiceContract CONTRACT = ServiceContract.loadDefault();

  static final ObjectMapper JSON = new ObjectMapper();

  private InProcess() {}

  static MockRuntime runtime(Seed seed) {
    return runtime(seed, Clock.fixed(T0, java.time.ZoneOffset.UTC), Duration.ZERO, 10_000);
  }

  static MockRuntime runtime(Seed seed, Clock clock, Duration readyAfter, int journalCapacity) {
    return runtime(seed, clock, readyAfter, journalCapacity, CallJournal.DEFAULT_MAX_BYTES);
  }

  static MockRuntime runtime(
      Seed seed, Clock clock, Duration readyAfter, int journalCapacity, long journalMaxBytes) {
    return new MockRuntime(
        new MockSettings(
            clock,
            readyAfter,
            7L,
            "123456789012",
            MockBehaviour.defaults(),
            seed,
            "test seed",
            journalCapacity,
            journalMaxBytes,
            1 << 20,
            true,
            false,
            java.util.Set.of(),
            null,
            false),
        CONTRACT);
  }

  static ManualClock manualClock() {
    return ManualClock.at(T0);
  }

  static Map<String, String> headers(String operation, String accountId, String region) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/x-amz-json-1.1");
    headers.put("X-Amz-Target", Operation.TARGET_PREFIX + operation);
    headers.put("X-Amz-Date", "20261126T000000Z");
    headers.put("Host", "localhost");
    headers.put(
        "Authorization",
        "AWS4-HMAC-SHA256 Credential="
            + accountId
            + "/20261126/"
            + region
            + "/workspaces/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature="
            + "0".repeat(64));
    return headers;
  }

  static HttpCall call(String operation, String accountId, String region, JsonNode body) {
    try {
      return new HttpCall(
          "POST", "/", headers(operation, accountId, region), JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode body(Consumer<ObjectNode> members) {
    ObjectNode node = JSON.createObjectNode();
    members.accept(node);
    return node;
  }

  static JsonNode json(HttpAnswer answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
