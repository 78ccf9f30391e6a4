package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A list: a JSON array; its size is checked, then every element. A JSON null element is a constraint violation of
 * the list, worded as Coral words it ({@code Value '[null]' at 'imageIds' failed to satisfy constraint: Member must
 * satisfy constraint: [Member must not be null]}): a list member is never optional.
 */
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
    boolean nullReported = false;
    for (int i = 0; i < value.size() && !findings.done(); i++) {
      JsonNode item = value.get(i);
      if (!item.isNull()) {
        node.check(item, path.element(i), findings);
      } else if (!nullReported) {
        findings.violation(path, value, Phrases.listMember(Phrases.NOT_NULL));
        nullReported = true;
      }
    }
  }
}
