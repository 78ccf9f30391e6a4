package dev.wsmock.scenarios.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.scenarios.internal.contract.CassetteJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * @param setup the seed-file JSON (docs/seed-files.md) the traffic started from, or {@code null}
 * @param exchanges the exchanges in the order they happened
 */
public record Cassette(JsonNode setup, List<Exchange> exchanges) {
  public static final String SETUP = "Setup";

  public Cassette {
    exchanges = List.copyOf(exchanges);
  }

  public Optional<JsonNode> setupSeed() {
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
    CassetteJson json = new CassetteJson();
    JsonNode setup = null;
    List<Exchange> exchanges = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode line = json.readLine(lines[i], source, i + 1);
      if (line.has(SETUP)) {
        if (setup != null || !exchanges.isEmpty()) {
          throw new IllegalArgumentException(
              source + ":" + (i + 1) + ": the Setup line must be the first line");
        }
        setup = line.get(SETUP);
      } else {
        exchanges.add(json.exchange(line, source, i + 1));
      }
    }
    return new Cassette(setup, exchanges);
  }

  /** The cassette as JSON Lines, with a trailing newline. */
  public String toJsonLines() {
    CassetteJson json = new CassetteJson();
    StringBuilder out = new StringBuilder();
    if (setup != null) {
      ObjectNode line = json.mapper().createObjectNode();
      line.set(SETUP, setup);
      out.append(json.line(line)).append('\n');
    }
    exchanges.forEach(e -> out.append(json.line(e)).append('\n'));
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
