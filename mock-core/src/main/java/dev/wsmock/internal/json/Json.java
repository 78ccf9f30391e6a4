package dev.wsmock.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The one JSON factory of wsmock, for every module (this package is the internal seam the other modules may use;
 * users' code must not, and the modules' ArchUnit rules keep it so). Each dialect is built once per JVM: Jackson
 * caches the (de)serializers it builds per mapper, and a fresh mapper made each new mock's first request about 15 ms
 * slower (benchmarks module). Every dialect refuses nesting deeper than {@link #MAX_NESTING_DEPTH} and numbers longer
 * than 100 digits, so a hostile body cannot exhaust the stack or the CPU.
 */
public final class Json {
  /** Deeper nesting than any WorkSpaces shape needs; refusing it keeps hostile bodies from exhausting the stack. */
  public static final int MAX_NESTING_DEPTH = 64;

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxNumberLength(100)
          .build();

  private Json() {}

  /**
   * AWS JSON 1.1 as the mock speaks it, for the wire, seed files and state export alike: PascalCase members, absent
   * instead of {@code null}, unknown members and trailing tokens refused, enums in any case, and timestamps as epoch
   * seconds with a millisecond fraction ({@code 1767225600.123}), because SDK v2 cannot read timestamps written as
   * strings (seed files may also write an ISO-8601 instant).
   */
  public static JsonCodec aws() {
    return Dialects.AWS;
  }

  /**
   * Plain JSON with Java's member names, for the service-contract file, cassettes and the standalone admin API:
   * absent instead of {@code null}, unknown members and {@code null} primitives refused, decimals kept exact.
   */
  public static JsonCodec plain() {
    return Dialects.PLAIN;
  }

  /**
   * A tree reader for another syntax Jackson reads into the same trees (the scenarios module's YAML), under the same
   * limits. Build it once and keep it: each call builds a mapper.
   */
  public static ObjectReader treeReader(JsonFactory syntax) {
    syntax.setStreamReadConstraints(LIMITS);
    return new ObjectMapper(syntax).reader();
  }

  private static final class Dialects {
    static final JsonCodec AWS = new JsonCodec(awsMapper());
    static final JsonCodec PLAIN = new JsonCodec(plainMapper());
  }

  private static ObjectMapper awsMapper() {
    SimpleModule time =
        new SimpleModule("aws-epoch-seconds")
            .addSerializer(Instant.class, new EpochSecondsSerializer())
            .addDeserializer(Instant.class, new EpochSecondsDeserializer());
    JsonMapper mapper =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .addModule(time)
            .build();
    mapper.getFactory().setStreamReadConstraints(LIMITS);
    return mapper;
  }

  private static ObjectMapper plainMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    mapper.getFactory().setStreamReadConstraints(LIMITS);
    return mapper;
  }

  private static final class EpochSecondsSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeNumber(BigDecimal.valueOf(value.toEpochMilli(), 3));
    }
  }

  /** Seed files may also say {@code "2026-01-01T00:00:00Z"}. */
  private static final class EpochSecondsDeserializer extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        try {
          return Instant.parse(p.getText());
        } catch (DateTimeParseException e) {
          return (Instant)
              ctxt.handleWeirdStringValue(
                  Instant.class,
                  p.getText(),
                  "expected epoch seconds (a number such as 1767225600.123) or an ISO-8601 instant");
        }
      }
      if (p.currentToken().isNumeric()) {
        BigDecimal seconds = p.getDecimalValue();
        try {
          // Exact: 1e17 seconds must not wrap around into some other time.
          return Instant.ofEpochMilli(
              seconds.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact());
        } catch (ArithmeticException tooFar) {
          return (Instant)
              ctxt.handleWeirdNumberValue(
                  Instant.class, seconds, "epoch seconds beyond the range of a timestamp");
        }
      }
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
  }
}
