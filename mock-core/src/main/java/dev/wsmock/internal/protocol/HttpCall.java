package dev.wsmock.internal.protocol;

import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as the protocol layer sees it, independent of WireMock.
 *
 * @param path the path without the query
 * @param query the raw query string after {@code ?}, or {@code null} when the URL has none; strict auth signs it
 * @param headers header names in any case; looked up case-insensitively
 */
public record HttpCall(
    String method, String path, String query, Map<String, String> headers, byte[] body) {
  /** A call without a query string. */
  public HttpCall(String method, String path, Map<String, String> headers, byte[] body) {
    this(method, path, null, headers, body);
  }

  public HttpCall {
    if (!(headers instanceof TreeMap<String, String> sorted
        && sorted.comparator() == String.CASE_INSENSITIVE_ORDER)) {
      TreeMap<String, String> caseInsensitive = caseInsensitiveHeaders();
      caseInsensitive.putAll(headers);
      headers = caseInsensitive;
    }
  }

  /** An empty header map of the kind a call keeps; a caller that fills one directly saves the call a copy. */
  public static TreeMap<String, String> caseInsensitiveHeaders() {
    return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  }

  public String header(String name) {
    return headers.get(name);
  }
}
