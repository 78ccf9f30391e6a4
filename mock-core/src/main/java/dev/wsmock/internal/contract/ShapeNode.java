package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A validator for one model shape, built once when the contract loads. Composite nodes hold their
 * children directly, so checking a body is a plain tree walk with no lookups by name.
 */
abstract class ShapeNode {

  private final String type;

  ShapeNode(String type) {
    this.type = type;
  }

  /** The model type ({@code structure}, {@code string}, ...), as named in type-mismatch reports. */
  final String type() {
    return type;
  }

  /**
   * Checks a present value. Callers never pass Java null or JSON null: null means "absent" and is
   * handled by the enclosing structure (required) or ignored.
   */
  abstract void check(JsonNode value, MemberPath path, Findings findings);

  final void mismatch(JsonNode value, MemberPath path, Findings findings) {
    findings.typeMismatch(path, type, Values.kind(value));
  }
}
