package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.Seed;
import dev.wsmock.internal.wiremock.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed HTTP framing, byte for byte over a raw socket: everything below the AWS pipeline (Jetty's parser, its
 * error pages, WireMock's own error paths) must answer in AWS JSON, with a 4xx, never HTML or a stack trace. Before,
 * a bad chunk size, {@code Content-Encoding: gzip} on a plain body or {@code OPTIONS *} got a 500 HTML page with a
 * Java stack trace, {@code HTTP/1.2} a 505, and some thirty other cases Jetty's HTML 4xx pages.
 */
class FramingCorpusTests {
  private static final Duration DEADLINE = Duration.ofSeconds(2);
  private static HardenedServer mock;
  private static String host;

  @BeforeAll
  static void start() {
    mock =
        HardenedServer.start(
            Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1").build(),
            ServerOptions.defaults().withBodyReadDeadline(DEADLINE));
    host = "Host: 127.0.0.1:" + mock.port() + "\r\n";
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  /**
   * One hostile request.
   *
   * @param status the status it must get
   * @param code the AWS error code (the {@code __type}) it must get; {@code null} for an answer that is not an error
   */
  record Case(String name, byte[] bytes, int status, String code, boolean halfClose) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String AWS =
      "Content-Type: application/x-amz-json-1.1\r\n"
          + "X-Amz-Target: WorkspacesService.DescribeWorkspaceImages\r\n"
          + "Authorization: AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/workspaces/aws4_request,"
          + " SignedHeaders=host, Signature=00\r\n";

  private static final String MALFORMED = "MalformedHttpRequestException";
  private static final String SERIALIZATION = "SerializationException";
  private static final String UNKNOWN = "UnknownOperationException";

  static List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    String h = "Host: 127.0.0.1\r\n";
    // Bodies and their framing
    add(
        cases,
        "a bad chunk size",
        "POST / HTTP/1.1\r\n" + h + AWS + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
        400,
        SERIALIZATION);
    add(
        cases,
        "a chunk size that overflows",
        "POST / HTTP/1.1\r\n"
            + h
            + AWS
            + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n{}\r\n0\r\n\r\n",
        400,
        SERIALIZATION);
    add(
        cases,
        "a control character in a chunk extension",
        "POST / HTTP/1.1\r\n"
            + h
            + AWS
            + "Transfer-Encoding: chunked\r\n\r\n2;\u0001\r\n{}\r\n0\r\n\r\n",
        400,
        SERIALIZATION);
    add(
        cases,
        "a chunk without its CRLF",
        "POST / HTTP/1.1\r\n" + h + AWS + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n",
        400,
        SERIALIZATION);
    cases.add(
        post(
            "Content-Encoding: gzip on a plain body",
            "Content-Encoding: gzip\r\n",
            bytes("{}"),
            400,
            SERIALIZATION));
    cases.add(
        post(
            "truncated gzip",
            "Content-Encoding: gzip\r\n",
            truncated(gzip(bytes("{\"a\":1}"))),
            400,
            SERIALIZATION));
    cases.add(
        post(
            "gzip inside gzip inside gzip",
            "Content-Encoding: gzip\r\n",
            gzip(gzip(gzip(bytes("{}")))),
            400,
            SERIALIZATION));
    cases.add(
        post(
            "an unsupported Content-Encoding",
            "Content-Encoding: br\r\n",
            bytes("{}"),
            400,
            SERIALIZATION));
    cases.add(
        post(
            "a well-formed gzip body", "Content-Encoding: gzip\r\n", gzip(bytes("{}")), 200, null));
    cases.add(post("gzip bytes without the header", "", gzip(bytes("{}")), 200, null));
    cases.add(
        post(
            "a charset Java does not know",
            "",
            bytes("{}"),
            200,
            null,
            "application/x-amz-json-1.1; charset=no-such-charset!"));
    cases.add(
        post(
            "an empty charset",
            "",
            bytes("{}"),
            200,
            null,
            "application/x-amz-json-1.1; charset="));
    cases.add(
        post(
            "a form content type with a bogus charset",
            "",
            bytes("a=b"),
            400,
            SERIALIZATION,
            "application/x-www-form-urlencoded; charset=???"));
    add(
        cases,
        "Transfer-Encoding and Content-Length together",
        "POST / HTTP/1.1\r\n"
            + h
            + AWS
            + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        400,
        MALFORMED);
    add(
        cases,
        "an unknown Transfer-Encoding",
        "POST / HTTP/1.1\r\n" + h + AWS + "Transfer-Encoding: xchunked\r\n\r\n{}",
        400,
        MALFORMED);
    add(
        cases,
        "two different Content-Lengths",
        "POST / HTTP/1.1\r\n" + h + AWS + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
        400,
        MALFORMED);
    add(
        cases,
        "a negative Content-Length",
        "POST / HTTP/1.1\r\n" + h + AWS + "Content-Length: -1\r\n\r\n{}",
        400,
        MALFORMED);
    add(
        cases,
        "a Content-Length that is not a number",
        "POST / HTTP/1.1\r\n" + h + AWS + "Content-Length: abc\r\n\r\n{}",
        400,
        MALFORMED);
    add(
        cases,
        "a Content-Length that overflows",
        "POST / HTTP/1.1\r\n" + h + AWS + "Content-Length: 99999999999999999999999\r\n\r\n{}",
        400,
        MALFORMED);
    add(
        cases,
        "a Content-Length of a terabyte",
        "POST / HTTP/1.1\r\n" + h + AWS + "Content-Length: 1000000000000\r\n\r\n{}",
        413,
        "RequestEntityTooLargeException");
    add(
        cases,
        "a Content-Length larger than the body",
        "POST / HTTP/1.1\r\n" + h + AWS + "Content-Length: 100\r\n\r\n{}",
        408,
        "RequestTimeoutException");
    cases.add(
        new Case(
            "a body that ends early",
            bytes("POST / HTTP/1.1\r\n" + h + AWS + "Content-Length: 100\r\n\r\n{}"),
            400,
            SERIALIZATION,
            true));
    add(
        cases,
        "an unsupported Expect",
        "POST / HTTP/1.1\r\n" + h + AWS + "Expect: the-unexpected\r\nContent-Length: 2\r\n\r\n{}",
        417,
        MALFORMED);
    // Request lines
    add(
        cases,
        "HTTP/1.2",
        "POST / HTTP/1.2\r\n" + h + AWS + "Content-Length: 2\r\n\r\n{}",
        400,
        MALFORMED);
    add(
        cases,
        "HTTP/2.0 on an HTTP/1 connection",
        "POST / HTTP/2.0\r\n" + h + AWS + "Content-Length: 2\r\n\r\n{}",
        426,
        MALFORMED);
    add(cases, "the HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 426, MALFORMED);
    add(cases, "HTTP/0.9", "GET /\r\n\r\n", 400, MALFORMED);
    add(
        cases,
        "a request line of 70,000 bytes",
        "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\n" + h + "\r\n",
        414,
        MALFORMED);
    add(
        cases,
        "a method with illegal characters",
        "G@T / HTTP/1.1\r\n" + h + "\r\n",
        400,
        MALFORMED);
    add(cases, "an unknown method", "FROB / HTTP/1.1\r\n" + h + "\r\n", 404, UNKNOWN);
    add(cases, "TRACE", "TRACE / HTTP/1.1\r\n" + h + "\r\n", 404, UNKNOWN);
    add(cases, "CONNECT", "CONNECT example.com:443 HTTP/1.1\r\n" + h + "\r\n", 404, UNKNOWN);
    add(cases, "OPTIONS *", "OPTIONS * HTTP/1.1\r\n" + h + "\r\n", 404, UNKNOWN);
    add(
        cases,
        "an absolute URI for another host",
        "POST http://example.com/ HTTP/1.1\r\n" + h + AWS + "Content-Length: 2\r\n\r\n{}",
        400,
        MALFORMED);
    add(cases, "a path with ..", "GET /../ HTTP/1.1\r\n" + h + "\r\n", 400, MALFORMED);
    add(
        cases,
        "a path with an encoded ..",
        "GET /%2e%2e/x HTTP/1.1\r\n" + h + "\r\n",
        400,
        MALFORMED);
    add(cases, "bad percent-encoding", "GET /%zz HTTP/1.1\r\n" + h + "\r\n", 400, MALFORMED);
    add(cases, "an encoded NUL", "GET /%00 HTTP/1.1\r\n" + h + "\r\n", 400, MALFORMED);
    add(
        cases,
        "a NUL in the request line",
        "GET /\u0000 HTTP/1.1\r\n" + h + "\r\n",
        400,
        MALFORMED);
    add(
        cases,
        "bare LF line endings",
        "GET / HTTP/1.1\n" + h.replace("\r\n", "\n") + "Connection: close\n\n",
        404,
        UNKNOWN);
    add(
        cases,
        "a TLS ClientHello",
        "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003" + "\u0000".repeat(50),
        400,
        MALFORMED);
    // Headers
    add(cases, "two Host headers", "GET / HTTP/1.1\r\n" + h + h + "\r\n", 400, MALFORMED);
    add(cases, "no Host header", "GET / HTTP/1.1\r\n\r\n", 400, MALFORMED);
    add(cases, "a Host with a space", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400, MALFORMED);
    add(
        cases,
        "a header of 64 KB",
        "GET / HTTP/1.1\r\n" + h + "X-Big: " + "a".repeat(65_536) + "\r\n\r\n",
        431,
        MALFORMED);
    add(
        cases,
        "a flood of 5,000 headers",
        "GET / HTTP/1.1\r\n" + h + floodOfHeaders(5_000) + "\r\n",
        431,
        MALFORMED);
    add(
        cases,
        "a NUL in a header value",
        "GET / HTTP/1.1\r\n" + h + "X-A: a\u0000b\r\n\r\n",
        400,
        MALFORMED);
    add(
        cases,
        "an obs-fold continuation line",
        "GET / HTTP/1.1\r\n" + h + "X-A: a\r\n b\r\n\r\n",
        400,
        MALFORMED);
    add(
        cases,
        "a header line without a colon",
        "GET / HTTP/1.1\r\n" + h + "NoColon\r\n\r\n",
        400,
        MALFORMED);
    add(
        cases,
        "a space before the colon",
        "GET / HTTP/1.1\r\n" + h + "X-A : b\r\n\r\n",
        400,
        MALFORMED);
    add(
        cases,
        "a header name that is not ASCII",
        "GET / HTTP/1.1\r\n" + h + "X-\u00ff: a\r\n\r\n",
        400,
        MALFORMED);
    // Paths WireMock itself serves or fails on
    add(cases, "GET /__files/x", "GET /__files/x HTTP/1.1\r\n" + h + "\r\n", 404, UNKNOWN);
    add(
        cases,
        "POST /__files/x",
        "POST /__files/x HTTP/1.1\r\n" + h + AWS + "Content-Length: 2\r\n\r\n{}",
        404,
        UNKNOWN);
    add(cases, "GET /", "GET / HTTP/1.1\r\n" + h + "\r\n", 404, UNKNOWN);
    // Pipelining: a good request, then garbage on the same connection
    add(
        cases,
        "garbage pipelined after a good request",
        "POST / HTTP/1.1\r\n" + h + AWS + "Content-Length: 2\r\n\r\n{}GARBAGE\r\n\r\n",
        200,
        null);
    return cases;
  }

  @Test
  void the_corpus_holds_at_least_forty_hostile_framings() {
    System.out.printf("[hardening] framing corpus: %d cases%n", corpus().size());
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void malformed_framing_gets_an_aws_format_4xx_never_html_a_5xx_or_a_stack_trace(Case hostile) {
    boolean pipelined = hostile.name().startsWith("garbage pipelined");
    // Connection: close, so that the server's close says the answer is complete (no waiting on
    // keep-alive).
    byte[] request =
        new String(hostile.bytes(), StandardCharsets.ISO_8859_1)
            .replace("Host: 127.0.0.1\r\n", pipelined ? host : host + "Connection: close\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    List<RawHttp.Response> responses =
        RawHttp.exchange(mock.port(), request, DEADLINE.plusSeconds(8), hostile.halfClose());

    assertThat(responses).as("answers to %s", hostile.name()).isNotEmpty();
    for (RawHttp.Response response : responses) {
      assertThat(response.status()).as("status of %s", response.text()).isLessThan(500);
      assertThat(response.looksLikeHtmlOrAStackTrace()).as(response.text()).isFalse();
      if (response.status() >= 400) {
        response.isAwsError();
      }
    }
    RawHttp.Response last = responses.get(responses.size() - 1);
    RawHttp.Response first = responses.get(0);
    assertThat(first.status()).as(first.text()).isEqualTo(hostile.status());
    if (hostile.code() != null) {
      assertThat(first.header("x-amzn-ErrorType")).as(first.text()).isEqualTo(hostile.code());
    }
    if (pipelined) {
      assertThat(responses).hasSize(2);
      assertThat(last.header("x-amzn-ErrorType")).isEqualTo(MALFORMED);
    }
  }

  @Test
  void a_broken_admin_body_gets_the_admin_format_not_html() {
    String admin =
        "POST /__admin/mappings HTTP/1.1\r\n" + host + "Content-Type: application/json\r\n";
    record AdminCase(String request, int status, String error) {}
    List<AdminCase> cases =
        List.of(
            new AdminCase(
                admin
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                400,
                "InvalidRequest"),
            new AdminCase(
                admin
                    + "Content-Encoding: gzip\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
                400,
                "InvalidRequest"),
            new AdminCase(
                admin + "Content-Length: 17000000\r\nConnection: close\r\n\r\n{",
                413,
                "RequestEntityTooLarge"));
    for (AdminCase hostile : cases) {
      RawHttp.Response answer =
          RawHttp.firstAnswer(mock.port(), bytes(hostile.request()), DEADLINE.plusSeconds(8));
      assertThat(answer.looksLikeHtmlOrAStackTrace()).as(answer.text()).isFalse();
      answer.isAdminError(hostile.status(), hostile.error());
    }
  }

  private static void add(List<Case> cases, String name, String request, int status, String code) {
    cases.add(new Case(name, bytes(request), status, code, false));
  }

  private static Case post(String name, String headers, byte[] body, int status, String code) {
    return post(name, headers, body, status, code, "application/x-amz-json-1.1");
  }

  private static Case post(
      String name, String headers, byte[] body, int status, String code, String contentType) {
    String head =
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + AWS.replace("application/x-amz-json-1.1", contentType)
            + headers
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes(head));
    out.writeBytes(body);
    return new Case(name, out.toByteArray(), status, code, false);
  }

  private static String floodOfHeaders(int count) {
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < count; i++) {
      headers.append("X-").append(i).append(": a\r\n");
    }
    return headers.toString();
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] truncated(byte[] bytes) {
    return Arrays.copyOf(bytes, 10);
  }
}
