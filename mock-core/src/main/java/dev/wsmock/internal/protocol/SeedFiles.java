package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
  private static final java.util.regex.Pattern MEMBER_NAME =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]{0,127}");
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

  /**
   * Reads seed-file JSON. No error quotes the file: a file given by mistake ({@code --seed /etc/shadow}) must not be
   * echoed into logs, so parse errors give the line and column and what was expected, and member errors the JSON path,
   * the kind of value found and what was expected.
   */
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
      // A member name is quoted (it is in the path too); a key that is no name, likely a line of
      // some other file, not.
      throw new SeedException(
          source,
          path(e),
          (isMemberName(e.getPropertyName())
                  ? "unknown member '" + e.getPropertyName() + "'"
                  : "a key that is no member name")
              + "; expected one of "
              + known);
    } catch (InvalidFormatException e) {
      throw new SeedException(
          source,
          path(e),
          "invalid "
              + kind(e.getValue())
              + "; expected "
              + expected(e.getTargetType())
              + at(e.getLocation()));
    } catch (ValueInstantiationException e) {
      throw new SeedException(source, path(e), instantiation(e.getCause()));
    } catch (MismatchedInputException e) {
      throw new SeedException(
          source, path(e), "expected " + expected(e.getTargetType()) + at(e.getLocation()));
    } catch (JsonMappingException e) {
      throw new SeedException(source, path(e), "not a valid seed member" + at(e.getLocation()));
    } catch (StreamConstraintsException e) {
      // Jackson's own limits (nesting depth, number length): its message names the limit, not the
      // content.
      throw new SeedException(source, where(e.getLocation()), e.getOriginalMessage());
    } catch (JacksonException e) {
      throw new SeedException(
          source,
          where(e.getLocation()),
          "not valid JSON; expected a seed: a JSON object such as {\"Images\": [...]}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a seed type's constructor refused (a member it requires, a list holding {@code null}). */
  private static String instantiation(Throwable cause) {
    if (cause instanceof NullPointerException npe) {
      return npe.getMessage() == null
          ? "a list holds null; expected values"
          : "missing member " + npe.getMessage();
    }
    return "missing or invalid member"
        + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  private static String kind(Object value) {
    if (value instanceof CharSequence) {
      return "string";
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    return "value";
  }

  private static String where(JsonLocation location) {
    return location == null
        ? "$"
        : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String at(JsonLocation location) {
    return location == null ? "" : " (" + where(location) + ")";
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

  /** Seed members are PascalCase words; {@code SecretAccessKeys} keys are access key ids, also words. */
  private static boolean isMemberName(String name) {
    return name != null && MEMBER_NAME.matcher(name).matches();
  }

  /** Jackson's reference path as JSONPath: {@code $.Images[0].ImageId}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(isMemberName(ref.getFieldName()) ? ref.getFieldName() : "?");
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
