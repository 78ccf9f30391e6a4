package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.wsmock.Seed;
import dev.wsmock.SeedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Seed files ⇄ {@link Seed}, with errors that name the file, the JSON path and what was expected. */
public final class SeedFiles {
  private final ObjectMapper mapper;

  public SeedFiles(ObjectMapper mapper) {
    this.mapper = mapper;
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
    try {
      Seed seed = mapper.readValue(json, Seed.class);
      if (seed == null) {
        throw new SeedException(source, "$", "expected a JSON object, got nothing");
      }
      return seed;
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
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(seed);
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
