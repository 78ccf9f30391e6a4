package dev.wsmock.internal.protocol;

import java.util.Map;

/**
 * The HTTP response the protocol layer decided on.
 *
 * @param errorCode the AWS error code, {@code null} on success
 * @param errorMessage the error's message, {@code null} on success
 */
public record HttpAnswer(int status, Map<String, String> headers, byte[] body, String errorCode, String errorMessage) {
  public boolean isSuccess() {
    return errorCode == null;
  }
}
