package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bytes to a port and the HTTP responses that come back, parsed by hand: for requests no HTTP client would send
 * (broken framing, header floods, gzip bombs) and answers no client would show as they are.
 */
final class RawHttp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawHttp() {}

  /** One parsed response. */
  record Response(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text(), e);
      }
    }

    /** An AWS JSON 1.1 error: 4xx, {@code __type} equal to {@code x-amzn-ErrorType}, a message, a request id. */
    Response isAwsError() {
      assertThat(status).as("status of %s", text()).isBetween(400, 499);
      assertThat(header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
      assertThat(header("x-amzn-RequestId")).isNotBlank();
      assertThat(json().path("__type").asText()).isNotBlank().isEqualTo(header("x-amzn-ErrorType"));
      assertThat(json().path("message").asText()).isNotBlank();
      return this;
    }

    /** The admin API's error: {@code {"error": ..., "message": ...}} as {@code application/json}. */
    Response isAdminError(int expectedStatus, String expectedError) {
      assertThat(status).as("status of %s", text()).isEqualTo(expectedStatus);
      assertThat(header("Content-Type")).startsWith("application/json");
      assertThat(json().path("error").asText()).isEqualTo(expectedError);
      assertThat(json().path("message").asText()).isNotBlank();
      return this;
    }

    /** What a browser would render or a log would show as a server internal: HTML, a Java stack trace. */
    boolean looksLikeHtmlOrAStackTrace() {
      String lower = text().toLowerCase(Locale.ROOT);
      String type = String.valueOf(header("Content-Type")).toLowerCase(Locale.ROOT);
      return type.contains("html")
          || lower.contains("<html")
          || lower.contains("<h1")
          || lower.contains("<pre")
          || text().contains("\tat ")
          || text().matches("(?s).*\\bat (java|com|org|wiremock|dev)\\.[\\w.$]+\\(.*");
    }
  }

  static List<Response> exchange(int port, String request, Duration wait) {
    return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), wait, false);
  }

  /**
   * Sends {@code request} and returns the first complete response as soon as it is in, without waiting for the
   * server to close (it may keep the connection, or go on reading what the client still sends).
   */
  static Response firstAnswer(int port, byte[] request, Duration wait) {
    try (Socket socket = sent(port, request, wait, false)) {
      ByteArrayOutputStream in = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (true) {
        int read;
        try {
          read = socket.getInputStream().read(buffer);
        } catch (SocketTimeoutException quiet) {
          read = -1;
        } catch (IOException reset) {
          read = -1;
        }
        if (read > 0) {
          in.write(buffer, 0, read);
        }
        List<Response> complete = parse(in.toByteArray(), false);
        if (!complete.isEmpty()) {
          return complete.get(0);
        }
        if (read < 0 && in.size() > 0) {
          return parse(in.toByteArray(), true).get(0); // a body delimited by the close
        }
        if (read < 0) {
          throw new AssertionError(
              "no complete answer within "
                  + wait
                  + ": "
                  + in.toString(StandardCharsets.ISO_8859_1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends {@code request}, optionally half-closes, and parses every response until the server closes or nothing
   * more arrives within {@code wait}.
   */
  static List<Response> exchange(int port, byte[] request, Duration wait, boolean halfClose) {
    try (Socket socket = sent(port, request, wait, halfClose)) {
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A connection that has sent {@code request}, reading with {@code wait} as its timeout. */
  private static Socket sent(int port, byte[] request, Duration wait, boolean halfClose)
      throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
    socket.setSoTimeout((int) wait.toMillis());
    try {
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      if (halfClose) {
        socket.shutdownOutput();
      }
    } catch (IOException refusedMidRequest) {
      // The server answered and closed before taking everything; what it said is still there to
      // read.
    }
    return socket;
  }

  private static byte[] readAll(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
      }
    } catch (SocketTimeoutException quiet) {
      // nothing more is coming
    } catch (IOException reset) {
      // a reset after the answer: keep what arrived
    }
    return out.toByteArray();
  }

  static List<Response> parse(byte[] bytes) {
    return parse(bytes, true);
  }

  /** The complete responses in {@code bytes}; an incomplete last one fails if {@code strict}, else is left out. */
  static List<Response> parse(byte[] bytes, boolean strict) {
    List<Response> responses = new ArrayList<>();
    int at = 0;
    while (at < bytes.length) {
      int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
      if (end < 0 && !strict) {
        return responses;
      }
      if (end < 0) {
        throw new AssertionError(
            "an incomplete response: "
                + new String(bytes, at, bytes.length - at, StandardCharsets.ISO_8859_1));
      }
      String[] lines = new String(bytes, at, end - at, StandardCharsets.ISO_8859_1).split("\r\n");
      String[] statusLine = lines[0].split(" ", 3);
      int status = Integer.parseInt(statusLine[1]);
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.putIfAbsent(
            lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
      }
      at = end + 4;
      byte[] body;
      if (!strict && !completeBody(bytes, at, headers)) {
        return responses;
      }
      if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
          int lineEnd = indexOf(bytes, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
          int size =
              Integer.parseInt(
                  new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
          at = lineEnd + 2;
          if (size == 0) {
            at += 2;
            break;
          }
          out.write(bytes, at, size);
          at += size + 2;
        }
        body = out.toByteArray();
      } else if (headers.containsKey("Content-Length")) {
        int length = Integer.parseInt(headers.get("Content-Length"));
        body = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + length));
        at += length;
      } else {
        body = Arrays.copyOfRange(bytes, at, bytes.length);
        at = bytes.length;
      }
      responses.add(new Response(status, headers, body));
    }
    return responses;
  }

  /** Whether the body starting at {@code at} is all there; a body delimited by the close never is. */
  private static boolean completeBody(byte[] bytes, int at, Map<String, String> headers) {
    if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
      return indexOf(bytes, "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), at - 2) >= 0;
    }
    if (headers.containsKey("Content-Length")) {
      return bytes.length - at >= Integer.parseInt(headers.get("Content-Length"));
    }
    return false;
  }

  private static int indexOf(byte[] bytes, byte[] part, int from) {
    outer:
    for (int i = from; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
