package dev.wsmock.internal.protocol;

import java.util.Map;
import java.util.Objects;

/**
 * The HTTP response the protocol layer decided on.
 *
 * @param errorCode the AWS error code, {@code null} on success
 * @param errorMessage the error's message, {@code null} on success
 * @param delivery a fault's delay or transport fault; {@link Delivery#NORMAL} otherwise
 */
public record HttpAnswer(
    int status,
    Map<String, String> headers,
    byte[] body,
    String errorCode,
    String errorMessage,
    Delivery delivery) {
  public HttpAnswer {
    delivery = Objects.requireNonNullElse(delivery, Delivery.NORMAL);
  }

  public HttpAnswer(
      int status, Map<String, String> headers, byte[] body, String errorCode, String errorMessage) {
    this(status, headers, body, errorCode, errorMessage, Delivery.NORMAL);
  }

  public HttpAnswer withDelivery(Delivery newDelivery) {
    return new HttpAnswer(status, headers, body, errorCode, errorMessage, newDelivery);
  }

  public boolean isSuccess() {
    return errorCode == null;
  }
}
