package dev.wsmock.internal.fault;

import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FiredFault;
import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.error.ServiceException;
import dev.wsmock.internal.protocol.Delivery;
import dev.wsmock.internal.protocol.ErrorResponses;
import dev.wsmock.internal.protocol.FaultDecision;
import dev.wsmock.internal.protocol.HttpAnswer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One fired rule's effect on one call. {@code delay} is already drawn, so the effect itself is deterministic. Made
 * per call and used by the thread serving it: {@link #around} notes whether the operation committed.
 */
final class EffectFault implements FaultDecision {
  private static final byte[] NOT_JSON =
      "<html><body>upstream garbled</body></html>".getBytes(StandardCharsets.US_ASCII);

  private final String ruleName;
  private final Effect effect;
  private final Duration delay;
  private boolean committed;

  EffectFault(String ruleName, Effect effect, Duration delay) {
    this.ruleName = ruleName;
    this.effect = effect;
    this.delay = delay;
  }

  @Override
  public HttpAnswer around(Supplier<HttpAnswer> operation, ErrorResponses responses) {
    if (effect instanceof Effect.Error error) {
      return error(error, responses);
    } else if (effect instanceof Effect.Transport transport) {
      return transport(transport, responses);
    } else if (effect instanceof Effect.Latency) {
      return run(operation, responses).withDelivery(new Delivery(delay, null));
    } else if (effect instanceof Effect.CorruptBody corrupt) {
      return corrupt(run(operation, responses), corrupt.corruption());
    } else if (effect instanceof Effect.LostResponse lost) {
      run(operation, responses); // commits (unless the operation itself fails); the answer is lost
      return lost.then() instanceof Effect.Error error
          ? error(error, responses)
          : transport((Effect.Transport) lost.then(), responses);
    }
    throw new IllegalStateException("unhandled effect " + effect);
  }

  @Override
  public FiredFault fired() {
    return FiredFault.of(ruleName, effect, delay, committed);
  }

  /** The operation's answer, its business errors rendered as usual; notes whether it committed. */
  private HttpAnswer run(Supplier<HttpAnswer> operation, ErrorResponses responses) {
    try {
      HttpAnswer answer = operation.get();
      committed = answer.isSuccess();
      return answer;
    } catch (ServiceException e) {
      return responses.error(e.error());
    }
  }

  private static HttpAnswer error(Effect.Error error, ErrorResponses responses) {
    return responses.error(
        new ServiceError.Injected(error.code(), error.status(), error.message()));
  }

  /** No HTTP answer leaves; the journal records status 0 and the transport fault's name as the error. */
  private static HttpAnswer transport(Effect.Transport transport, ErrorResponses responses) {
    HttpAnswer placeholder = responses.success(Map.of());
    return new HttpAnswer(
        0,
        placeholder.headers(),
        new byte[0],
        transport.fault().name(),
        "transport fault: no HTTP answer was sent",
        new Delivery(Duration.ZERO, transport.fault()));
  }

  private static HttpAnswer corrupt(HttpAnswer answer, Effect.Corruption corruption) {
    byte[] body =
        corruption == Effect.Corruption.MALFORMED
            ? NOT_JSON
            : Arrays.copyOf(answer.body(), Math.max(1, answer.body().length / 2));
    Map<String, String> headers = new LinkedHashMap<>(answer.headers());
    return new HttpAnswer(
        answer.status(),
        headers,
        body,
        answer.errorCode(),
        answer.errorMessage(),
        answer.delivery());
  }
}
