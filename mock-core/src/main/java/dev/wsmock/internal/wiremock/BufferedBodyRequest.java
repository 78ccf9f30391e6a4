package dev.wsmock.internal.wiremock;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.org.eclipse.jetty.http.HttpField;
import wiremock.org.eclipse.jetty.server.Request;

/**
 * The request WireMock sees: the body already read and decoded, {@code Content-Length} saying how long it is, and
 * neither {@code Content-Encoding} nor {@code Transfer-Encoding} left to act on. Headers are copied once into a
 * case-insensitive map, so WireMock's per-header lookups stay cheap however many headers a client sends.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {
  private static final List<String> REPLACED =
      List.of("Content-Length", "Content-Encoding", "Transfer-Encoding", "Content-Type");

  private final byte[] body;
  private final Map<String, List<String>> headers;
  private final List<String> names;

  private BufferedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
    this.headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    this.names = new ArrayList<>();
    // One pass over Jetty's fields: looking each name up again would be quadratic in the number of
    // headers.
    for (HttpField field : Request.getBaseRequest(request).getHttpFields()) {
      String name = field.getName();
      if (REPLACED.stream().noneMatch(name::equalsIgnoreCase)) {
        headers.computeIfAbsent(name, this::named).add(field.getValue());
      }
    }
    String contentType = request.getHeader("Content-Type");
    if (contentType != null) {
      names.add("Content-Type");
      headers.put("Content-Type", List.of(withKnownCharset(contentType)));
    }
    if (body.length > 0 || request.getContentLengthLong() >= 0) {
      names.add("Content-Length");
      headers.put("Content-Length", List.of(Integer.toString(body.length)));
    }
  }

  private List<String> named(String name) {
    names.add(name);
    return new ArrayList<>(1);
  }

  static BufferedBodyRequest of(HttpServletRequest request, byte[] body) {
    return new BufferedBodyRequest(request, body);
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream bytes = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return bytes.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return bytes.read(buffer, offset, length);
      }

      @Override
      public boolean isFinished() {
        return bytes.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("the body is already read");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(
        new InputStreamReader(new ByteArrayInputStream(body), charset(getCharacterEncoding())));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  /** Only a charset this JVM knows: WireMock calls {@code Charset.forName} on it, which throws for a bogus name. */
  @Override
  public String getCharacterEncoding() {
    String declared = super.getCharacterEncoding();
    return declared != null && known(declared) ? declared : null;
  }

  @Override
  public String getContentType() {
    return getHeader("Content-Type");
  }

  @Override
  public String getHeader(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    return Collections.enumeration(headers.getOrDefault(name, List.of()));
  }

  @Override
  public Enumeration<String> getHeaderNames() {
    return Collections.enumeration(names);
  }

  @Override
  public int getIntHeader(String name) {
    String value = getHeader(name);
    return value == null ? -1 : Integer.parseInt(value.trim());
  }

  /**
   * {@code contentType} without a {@code charset} parameter this JVM cannot use: WireMock reads it with
   * {@code Charset.forName}, and a bogus or empty name would throw out of the request handling.
   */
  static String withKnownCharset(String contentType) {
    String[] parts = contentType.split(";", -1);
    StringBuilder kept = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", -1);
      boolean charset = parameter[0].trim().equalsIgnoreCase("charset");
      if (!charset || (parameter.length == 2 && known(parameter[1].replace("\"", "")))) {
        kept.append(';').append(parts[i]);
      }
    }
    return kept.toString();
  }

  private static boolean known(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalArgumentException illegal) {
      return false;
    }
  }

  private static Charset charset(String name) {
    return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
  }
}
