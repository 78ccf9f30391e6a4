package dev.wsmock.internal.wiremock;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** A growing byte buffer that refuses to hold more than its limit, so no body is ever buffered past it. */
final class BoundedBytes {
  private final int limit;
  private final String overLimit;
  private byte[] bytes;
  private int size;

  /**
   * @param overLimit the message when the limit is passed, e.g. "Request body exceeds the limit of 1048576 bytes."
   */
  BoundedBytes(int limit, int expected, String overLimit) {
    this.limit = limit;
    this.overLimit = overLimit;
    this.bytes = new byte[Math.max(0, Math.min(expected, limit))];
  }

  void append(byte[] source, int offset, int length) throws BodyRefused {
    makeRoom(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  /**
   * Reads up to {@code length} bytes from {@code in} straight into this buffer; the count read, or -1 at the end.
   */
  int readFrom(InputStream in, int length) throws IOException, BodyRefused {
    makeRoom(length);
    int read = in.read(bytes, size, length);
    if (read > 0) {
      size += read;
    }
    return read;
  }

  private void makeRoom(int length) throws BodyRefused {
    if (length > limit - size) {
      throw new BodyRefused(BodyFailure.TOO_LARGE, overLimit);
    }
    if (size + length > bytes.length) {
      bytes =
          Arrays.copyOf(
              bytes, (int) Math.min(limit, Math.max(size + (long) length, bytes.length * 2L + 64)));
    }
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }
}
