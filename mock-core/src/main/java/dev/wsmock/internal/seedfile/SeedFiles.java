package dev.wsmock.internal.seedfile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
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
  private static final java.util.regex.Pattern MEMBER_NAME =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]{0,127}");
  private static final String NOT_JSON =
      "not valid JSON; expected a seed: a JSON object such as {\"Images\": [...]}";
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

  /**
   * Reads seed-file JSON. No error quotes the file: a file given by mistake ({@code --seed /etc/shadow}) must not be
   * echoed into logs, so parse errors give the line and column and what was expected, and member errors the JSON path,
   * the kind of value found and what was expected.
   */
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
      if (e.getCause() instanceof StreamReadException broken) {
        // The JSON itself broke (it ended inside a list, say) while a member was being bound.
        throw new SeedException(source, where(broken.getLocation()), NOT_JSON);
      }
      throw new SeedException(source, path(e), "not a valid seed member" + at(e.getLocation()));
    } catch (StreamConstraintsException e) {
      // Jackson's own limits (nesting depth, number length): its message names the limit, not the
      // content.
      throw new SeedException(source, where(e.getLocation()), e.getOriginalMessage());
    } catch (JacksonException e) {
      throw new SeedException(source, where(e.getLocation()), NOT_JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a seed type's constructor refused (a member it requires, a list holding {@code null}). */
  private static String instantiation(Throwable cause) {
    if (cause instanceof NullPointerException npe && npe.getMessage() != null) {
      return "missing member " + npe.getMessage();
    }
    if (cause instanceof IllegalArgumentException refused) {
      return refused.getMessage();
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
