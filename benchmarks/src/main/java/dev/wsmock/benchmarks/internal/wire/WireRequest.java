package dev.wsmock.benchmarks.internal.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.internal.protocol.HttpCall;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One AWS JSON 1.1 request as bytes, without the SDK: the same body the SDK sends and a SigV4 {@code Authorization}
 * header whose credential scope names the account and region. The mock reads the scope and never checks the
 * signature, so a constant one is enough; static stubs ignore it.
 */
public record WireRequest(String operation, String accountId, String region, byte[] body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A request whose body is {@code members}, built with Jackson. */
  public static WireRequest of(
      String operation, String accountId, String region, ObjectNode members) {
    try {
      return new WireRequest(operation, accountId, region, JSON.writeValueAsBytes(members));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("an ObjectNode always serializes", e);
    }
  }

  /** An empty body to fill with {@link ObjectNode#put} and friends. */
  public static ObjectNode members() {
    return JSON.createObjectNode();
  }

  public String target() {
    return "WorkspacesService." + operation;
  }

  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/x-amz-json-1.1");
    headers.put("X-Amz-Target", target());
    headers.put("X-Amz-Date", "20260101T000000Z");
    headers.put(
        "Authorization",
        "AWS4-HMAC-SHA256 Credential="
            + accountId
            + "/20260101/"
            + region
            + "/workspaces/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature="
            + "0".repeat(64));
    return headers;
  }

  /** The request as the model sees it, for in-process benchmarks that skip HTTP. */
  public HttpCall toHttpCall() {
    return new HttpCall("POST", "/", headers(), body);
  }

  /** The whole HTTP/1.1 request, ready to write to a keep-alive socket. */
  public byte[] toHttp11(String hostAndPort) {
    StringBuilder head =
        new StringBuilder("POST / HTTP/1.1\r\n")
            .append("Host: ")
            .append(hostAndPort)
            .append("\r\n")
            .append("Content-Length: ")
            .append(body.length)
            .append("\r\n");
    headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
    out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }
}
