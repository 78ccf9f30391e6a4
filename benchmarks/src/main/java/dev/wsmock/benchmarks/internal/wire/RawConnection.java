package dev.wsmock.benchmarks.internal.wire;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 keep-alive client on a plain socket: writes prepared request bytes and reads one response
 * (Content-Length or chunked). It costs the client almost nothing, so what the load driver measures is the server,
 * not an HTTP library. One connection per thread; not thread-safe. A server that answers {@code Connection: close}
 * (moto's Werkzeug server does, always) gets a new connection before the next request, as any HTTP client would
 * open one; that connect is part of the measured call.
 */
public final class RawConnection implements AutoCloseable {
  private final URI endpoint;
  private final String hostAndPort;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  /** Status, the {@code Content-Type} header, and the body of one response. */
  public record Response(int status, String contentType, byte[] body) {}

  public RawConnection(URI endpoint) {
    this.endpoint = endpoint;
    this.hostAndPort = endpoint.getHost() + ":" + endpoint.getPort();
    connect();
  }

  private void connect() {
    try {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot connect to " + endpoint, e);
    }
  }

  public String hostAndPort() {
    return hostAndPort;
  }

  /** Sends prepared bytes (see {@link WireRequest#toHttp11}) and reads the whole response. */
  public Response exchange(byte[] request) {
    try {
      if (socket.isClosed()) {
        connect();
      }
      out.write(request);
      out.flush();
      return readResponse();
    } catch (IOException e) {
      throw new UncheckedIOException("exchange with " + hostAndPort + " failed", e);
    }
  }

  public Response exchange(WireRequest request) {
    return exchange(request.toHttp11(hostAndPort));
  }

  private Response readResponse() throws IOException {
    String statusLine = readLine();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long contentLength = -1;
    boolean chunked = false;
    boolean close = false;
    String contentType = null;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> contentLength = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "content-type" -> contentType = value;
        case "connection" -> close = "close".equalsIgnoreCase(value);
        default -> {}
      }
    }
    byte[] body;
    if (chunked) {
      ByteArrayOutputStream collected = new ByteArrayOutputStream();
      for (int size = chunkSize(); size > 0; size = chunkSize()) {
        collected.writeBytes(in.readNBytes(size));
        readLine(); // the CRLF after each chunk
      }
      for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
        // trailers are not used by any server measured here
      }
      body = collected.toByteArray();
    } else if (contentLength >= 0) {
      body = in.readNBytes((int) contentLength);
    } else {
      throw new IOException(
          "response without Content-Length or chunked encoding cannot keep the connection alive");
    }
    if (close) {
      close();
    }
    return new Response(status, contentType, body);
  }

  private int chunkSize() throws IOException {
    String line = readLine();
    int extension = line.indexOf(';');
    return Integer.parseInt(extension < 0 ? line.trim() : line.substring(0, extension).trim(), 16);
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder(64);
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new IOException("connection closed by " + hostAndPort);
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing a benchmark connection cannot fail in a way anyone acts on
    }
  }
}
