package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** The model's {@code min}/{@code max} read as a numeric range (integer, long, float, double). */
final class ValueRule {

  static final ValueRule NONE = new ValueRule(null, null, null, null);

  private final BigDecimal min;
  private final BigDecimal max;
  private final String minText;
  private final String maxText;

  private ValueRule(BigDecimal min, String minText, BigDecimal max, String maxText) {
    this.min = min;
    this.max = max;
    this.minText = minText;
    this.maxText = maxText;
  }

  static ValueRule of(JsonNode shape) {
    JsonNode min = shape.get("min");
    JsonNode max = shape.get("max");
    if (min == null && max == null) {
      return NONE;
    }
    // Keep the model's own text for the message ("25", not "25.0").
    return new ValueRule(
        min == null ? null : min.decimalValue(),
        min == null ? null : min.asText(),
        max == null ? null : max.decimalValue(),
        max == null ? null : max.asText());
  }

  void check(BigDecimal number, JsonNode value, MemberPath path, Findings findings) {
    if (min != null && number.compareTo(min) < 0) {
      findings.violation(path, value, Phrases.minValue(minText));
    }
    if (max != null && number.compareTo(max) > 0) {
      findings.violation(path, value, Phrases.maxValue(maxText));
    }
  }

  boolean isNone() {
    return this == NONE;
  }
}
