package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** A boolean: only JSON true/false; "yes" or 1 is a type mismatch. */
final class BooleanNode extends ShapeNode {

  BooleanNode() {
    super("boolean");
  }

  @Override
  void check(JsonNode value, MemberPath path, Findings findings) {
    if (!value.isBoolean()) {
      mismatch(value, path, findings);
    }
  }
}
