package dev.wsmock.internal.seedfile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.wsmock.Seed;
import dev.wsmock.SeedException;
import dev.wsmock.internal.json.Json;
import dev.wsmock.internal.json.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Seed files ⇄ {@link Seed}, with errors that name the file, the JSON path and what was expected. The format's
 * mapping is {@link SeedDocument}'s; the public {@code Seed} knows no JSON. Other wsmock modules read seeds through
 * here (a scenario's {@code Seed} member) instead of writing JSON to read it again.
 */
public final class SeedFiles {
  private final ObjectReader reader;
  private final ObjectWriter writer;

  /** Seed files in {@code Json.aws()}, the one reader and writer every mock shares. */
  public static SeedFiles shared() {
    return Shared.FILES;
  }

  private static final class Shared {
    static final SeedFiles FILES = new SeedFiles(Json.aws());
  }

  public SeedFiles(JsonCodec json) {
    this.reader = json.readerFor(SeedDocument.class);
    this.writer = json.prettyWriter();
  }

  public Seed read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SeedException(file.toString(), "$", "cannot read the file: " + e);
    }
    return read(bytes, file.toString());
  }

  public Seed read(byte[] json, String source) {
    return read(() -> reader.readValue(json), source);
  }

  /** A seed already parsed into a tree (e.g. the {@code Seed} member of a scenario); paths are from its root. */
  public Seed read(JsonNode tree, String source) {
    return read(() -> reader.readValue(tree), source);
  }

  private interface Binding {
    SeedDocument bind() throws IOException;
  }

  private Seed read(Binding binding, String source) {
    try {
      SeedDocument seed = binding.bind();
      if (seed == null) {
        throw new SeedException(source, "$", "expected a JSON object, got nothing");
      }
      return seed.toSeed();
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds() == null
              ? ""
              : e.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.joining(", "));
      throw new SeedException(
          source,
          path(e),
          "unknown member '" + e.getPropertyName() + "'; expected one of " + known);
    } catch (InvalidFormatException e) {
      throw new SeedException(
          source,
          path(e),
          "invalid value '" + e.getValue() + "'; expected " + expected(e.getTargetType()));
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new SeedException(source, path(e), "missing or invalid member: " + cause.getMessage());
    } catch (MismatchedInputException e) {
      throw new SeedException(
          source,
          path(e),
          "expected " + expected(e.getTargetType()) + " (" + e.getOriginalMessage() + ")");
    } catch (JsonMappingException e) {
      throw new SeedException(source, path(e), e.getOriginalMessage());
    } catch (JacksonException e) {
      String where =
          e.getLocation() == null
              ? "$"
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new SeedException(source, where, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] write(Seed seed) {
    try {
      return writer.writeValueAsBytes(SeedDocument.of(seed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a different value";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (java.util.List.class.isAssignableFrom(type)) {
      return "a JSON array";
    }
    if (type.isRecord()) {
      return "a JSON object";
    }
    if (type == java.time.Instant.class) {
      return "epoch seconds (e.g. 1767225600.123) or an ISO-8601 instant";
    }
    return "a " + type.getSimpleName();
  }

  /** Jackson's reference path as JSONPath: {@code $.Images[0].ImageId}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
