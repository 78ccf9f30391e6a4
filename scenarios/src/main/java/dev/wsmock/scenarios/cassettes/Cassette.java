package dev.wsmock.scenarios.cassettes;

import dev.wsmock.scenarios.internal.cassettes.CassetteJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recorded traffic: JSON Lines, one {@link Exchange} per line, optionally preceded by one
 * {@code {"Setup": <seed file JSON>}} line that gives the state the traffic started from. Blank lines are skipped.
 *
 * <pre>{@code
 * Cassette cassette = Cassette.read(Path.of("golden/image_delete.jsonl"));
 * VerificationReport report = ContractVerifier.verify(cassette, null);   // state from the cassette's Setup
 * }</pre>
 *
 * @param setup the seed-file JSON (docs/seed-files.md) the traffic started from, as plain Java (maps, lists,
 *     strings, numbers), or {@code null}
 * @param exchanges the exchanges in the order they happened
 */
public record Cassette(Map<String, Object> setup, List<Exchange> exchanges) {
  public static final String SETUP = "Setup";

  public Cassette {
    exchanges = List.copyOf(exchanges);
  }

  public Optional<Map<String, Object>> setupSeed() {
    return Optional.ofNullable(setup);
  }

  public static Cassette read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cassette " + file, e);
    }
  }

  /** Parses JSON Lines; {@code source} names the text in errors, which also give the line number. */
  public static Cassette parse(String text, String source) {
    return CassetteJson.cassette(text, source);
  }

  /** The cassette as JSON Lines, with a trailing newline. */
  public String toJsonLines() {
    StringBuilder out = new StringBuilder();
    if (setup != null) {
      out.append(CassetteJson.setupLine(SETUP, setup)).append('\n');
    }
    exchanges.forEach(e -> out.append(CassetteJson.line(e)).append('\n'));
    return out.toString();
  }

  public void write(Path file) {
    try {
      Files.writeString(file, toJsonLines(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cassette " + file, e);
    }
  }
}
