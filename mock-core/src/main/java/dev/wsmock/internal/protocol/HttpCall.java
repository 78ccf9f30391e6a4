package dev.wsmock.internal.protocol;

import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as the protocol layer sees it, independent of WireMock.
 *
 * @param headers header names in any case; looked up case-insensitively
 */
public record HttpCall(String method, String path, Map<String, String> headers, byte[] body) {
  public HttpCall {
    TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.putAll(headers);
    headers = caseInsensitive;
  }

  public String header(String name) {
    return headers.get(name);
  }
}
