package dev.wsmock.internal.protocol;

import dev.wsmock.fault.Effect;
import java.time.Duration;

/**
 * How an answer travels, when a fault says it should not simply be sent: after a delay, or replaced by a transport
 * fault. The WireMock glue maps this to WireMock's delays and {@code http.Fault}.
 *
 * @param transport {@code null} to send the answer
 */
public record Delivery(Duration delay, Effect.TransportFault transport) {
  public static final Delivery NORMAL = new Delivery(Duration.ZERO, null);
}
