package dev.wsmock.junit5.internal.sdk;

import dev.wsmock.scenarios.cassettes.CassetteRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link CassetteRecorder} per caller (a test's window) behind the injected clients of one mock, so that tests
 * sharing a mock and its clients each get a cassette of their own calls. Made only when cassettes were asked for and
 * a client is built, so users without the SDK never load it.
 */
public final class CassetteSink {
  private final ConcurrentMap<Object, CassetteRecorder> byCaller = new ConcurrentHashMap<>();

  CassetteRecorder recorderFor(Object caller) {
    return byCaller.computeIfAbsent(caller, c -> CassetteRecorder.builder().build());
  }

  /**
   * Writes what {@code caller}'s calls exchanged to {@code file} (replacing it) and forgets them; writes nothing when
   * it made no call through an injected client.
   */
  public void write(Object caller, Path file) {
    CassetteRecorder recorder = byCaller.remove(caller);
    if (recorder == null || recorder.exchanges().isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the cassette directory for " + file, e);
    }
    recorder.cassette().write(file);
  }
}
