package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** A list: a JSON array; its size is checked, then every element. JSON null elements are skipped. */
final class ListNode extends ShapeNode {

  private final NodeRef element;
  private final LengthRule length;

  ListNode(NodeRef element, LengthRule length) {
    super("list");
    this.element = element;
    this.length = length;
  }

  @Override
  void check(JsonNode value, MemberPath path, Findings findings) {
    if (!value.isArray()) {
      mismatch(value, path, findings);
      return;
    }
    length.check(value.size(), value, path, findings);
    ShapeNode node = element.get();
    for (int i = 0; i < value.size() && !findings.done(); i++) {
      JsonNode item = value.get(i);
      if (!item.isNull()) {
        node.check(item, path.element(i), findings);
      }
    }
  }
}
