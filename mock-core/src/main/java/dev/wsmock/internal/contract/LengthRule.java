package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The model's {@code min}/{@code max} read as a length: characters of a string, items of a list,
 * entries of a map, bytes of a blob. Coral calls all of these "length".
 */
final class LengthRule {

  static final LengthRule NONE = new LengthRule(null, null);

  private final Long min;
  private final Long max;

  private LengthRule(Long min, Long max) {
    this.min = min;
    this.max = max;
  }

  static LengthRule of(JsonNode shape) {
    Long min = shape.has("min") ? shape.get("min").asLong() : null;
    Long max = shape.has("max") ? shape.get("max").asLong() : null;
    return min == null && max == null ? NONE : new LengthRule(min, max);
  }

  void check(long length, JsonNode value, MemberPath path, Findings findings) {
    if (min != null && length < min) {
      findings.violation(path, value, Phrases.minLength(Long.toString(min)));
    }
    if (max != null && length > max) {
      findings.violation(path, value, Phrases.maxLength(Long.toString(max)));
    }
  }
}
