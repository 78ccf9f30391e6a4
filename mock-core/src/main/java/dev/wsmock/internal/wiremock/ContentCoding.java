package dev.wsmock.internal.wiremock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Undoes a request's {@code Content-Encoding} with the size limit applied to what decoding produces, streamed: a
 * gzip bomb stops at the limit instead of inflating in memory. WireMock would inflate any body that starts with
 * gzip's magic bytes, header or not, and without a bound; so such a body is inflated here (bounded), and a body that
 * still looks like gzip afterwards is refused, so WireMock never sees gzip at all.
 */
final class ContentCoding {
  private ContentCoding() {}

  /** The decoded body; {@code raw} itself when there was nothing to decode. */
  static byte[] decode(byte[] raw, String contentEncoding, int limit) throws BodyRefused {
    byte[] body = raw;
    List<String> codings = codings(contentEncoding);
    for (int i = codings.size() - 1; i >= 0; i--) { // the last coding applied is undone first
      String coding = codings.get(i);
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        body = gunzip(body, limit);
      } else if (!coding.equals("identity")) {
        throw new BodyRefused(
            BodyFailure.UNREADABLE,
            "Content-Encoding "
                + printable(coding)
                + " is not supported; send the body as is or gzip-compressed.");
      }
    }
    if (isGzip(body)) {
      body = gunzip(body, limit);
      if (isGzip(body)) {
        throw new BodyRefused(
            BodyFailure.UNREADABLE,
            "The request body is gzip inside gzip; send it compressed once.");
      }
    }
    return body;
  }

  private static List<String> codings(String header) {
    List<String> codings = new ArrayList<>();
    if (header != null) {
      for (String token : header.split(",")) {
        String coding = token.trim().toLowerCase(Locale.ROOT);
        if (!coding.isEmpty()) {
          codings.add(coding);
        }
      }
    }
    return codings;
  }

  static boolean isGzip(byte[] body) {
    return body.length >= 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b;
  }

  private static byte[] gunzip(byte[] gzip, int limit) throws BodyRefused {
    if (gzip.length == 0) {
      return gzip;
    }
    BoundedBytes out =
        new BoundedBytes(
            limit,
            Math.min(limit, gzip.length * 4),
            "Request body decodes (Content-Encoding: gzip) to more than the limit of "
                + limit
                + " bytes.");
    byte[] buffer = new byte[8192];
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), buffer.length)) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        out.append(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new BodyRefused(
          BodyFailure.UNREADABLE,
          "The request body is not valid gzip (Content-Encoding: gzip): "
              + printable(String.valueOf(e.getMessage())));
    }
    return out.toByteArray();
  }

  /** At most 100 printable ASCII characters of what a client sent, for an error message. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 100; i++) {
      char c = text.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return text.length() > 100 ? out + "..." : out.toString();
  }
}
