package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one ObjectMapper of a mock, for the wire, seed files and state export alike: PascalCase members, absent
 * instead of {@code null}, and timestamps as epoch seconds with a millisecond fraction ({@code 1767225600.123}),
 * because SDK v2 cannot read timestamps written as strings.
 */
public final class AwsJson {
  /** Deeper nesting than any WorkSpaces shape needs; refusing it keeps hostile bodies from exhausting the stack. */
  public static final int MAX_NESTING_DEPTH = 64;

  private AwsJson() {}

  /**
   * One mapper for every mock in the JVM. Jackson caches the (de)serializers it builds per mapper, and building them
   * for a fresh mapper made each new mock's first request about 15 ms slower (benchmarks module). Never reconfigure
   * it: it is shared; call {@link #newMapper()} for a mapper of your own.
   */
  public static ObjectMapper shared() {
    return Shared.MAPPER;
  }

  private static final class Shared {
    static final ObjectMapper MAPPER = newMapper();
  }

  public static ObjectMapper newMapper() {
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
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(100)
                .build());
    return mapper;
  }

  /**
   * A parsed JSON object as plain Java (maps in member order, lists, strings, numbers, booleans, nulls): what
   * {@code convertValue(node, Map.class)} gives, by a direct walk of the tree instead of a serialize-and-bind round
   * trip, which was most of the cost of journaling a call.
   */
  public static Map<String, Object> members(JsonNode object) {
    Map<String, Object> members = new LinkedHashMap<>();
    object
        .fields()
        .forEachRemaining(member -> members.put(member.getKey(), plain(member.getValue())));
    return members;
  }

  private static Object plain(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> members(node);
      case ARRAY -> {
        List<Object> items = new ArrayList<>(node.size());
        node.forEach(item -> items.add(plain(item)));
        yield items;
      }
      case STRING -> node.textValue();
      case NUMBER -> node.numberValue();
      case BOOLEAN -> node.booleanValue();
      case NULL, MISSING -> null;
      case BINARY, POJO -> node.asText();
    };
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
