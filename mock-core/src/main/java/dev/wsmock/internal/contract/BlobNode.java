package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;

/** A blob: a base64 text; its length constraint counts decoded bytes. */
final class BlobNode extends ShapeNode {

  private final LengthRule length;

  BlobNode(LengthRule length) {
    super("blob");
    this.length = length;
  }

  @Override
  void check(JsonNode value, MemberPath path, Findings findings) {
    if (!value.isTextual()) {
      mismatch(value, path, findings);
      return;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(value.textValue());
    } catch (IllegalArgumentException e) {
      findings.typeMismatch(path, type(), "non-base64 string");
      return;
    }
    length.check(bytes.length, value, path, findings);
  }
}
