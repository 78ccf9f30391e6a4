package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** A float or double: any JSON number, or the AWS JSON texts "NaN", "Infinity", "-Infinity". */
final class FloatingNode extends ShapeNode {

  private final ValueRule range;

  FloatingNode(String type, ValueRule range) {
    super(type);
    this.range = range;
  }

  @Override
  void check(JsonNode value, MemberPath path, Findings findings) {
    if (value.isTextual()) {
      String t = value.textValue();
      if (!t.equals("NaN") && !t.equals("Infinity") && !t.equals("-Infinity")) {
        mismatch(value, path, findings);
      }
      return;
    }
    if (!value.isNumber()) {
      mismatch(value, path, findings);
      return;
    }
    if (!range.isNone()) {
      range.check(value.decimalValue(), value, path, findings);
    }
  }
}
