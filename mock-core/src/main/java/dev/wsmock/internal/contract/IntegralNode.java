package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * An integer or long. Decimal literals (even 5.0) and numbers outside the Java range are type
 * mismatches, so the mock answers SerializationException rather than silently truncating.
 */
final class IntegralNode extends ShapeNode {

  private final boolean isLong;
  private final ValueRule range;

  IntegralNode(String type, ValueRule range) {
    super(type);
    this.isLong = "long".equals(type);
    this.range = range;
  }

  @Override
  void check(JsonNode value, MemberPath path, Findings findings) {
    if (!value.isIntegralNumber()) {
      mismatch(value, path, findings);
      return;
    }
    boolean fits = isLong ? value.canConvertToLong() : value.canConvertToInt();
    if (!fits) {
      findings.typeMismatch(path, type(), "integer out of range");
      return;
    }
    if (!range.isNone()) {
      range.check(BigDecimal.valueOf(value.longValue()), value, path, findings);
    }
  }
}
