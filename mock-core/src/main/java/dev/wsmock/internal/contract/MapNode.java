package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A map: a JSON object of entries; its size, then each key (as a string shape) and value. A JSON null value is a
 * constraint violation of the map ({@code Map value must satisfy constraint: [Member must not be null]}), as in Coral.
 */
final class MapNode extends ShapeNode {

  private final NodeRef key;
  private final NodeRef valueShape;
  private final LengthRule length;

  MapNode(NodeRef key, NodeRef valueShape, LengthRule length) {
    super("map");
    this.key = key;
    this.valueShape = valueShape;
    this.length = length;
  }

  @Override
  void check(JsonNode value, MemberPath path, Findings findings) {
    if (!value.isObject()) {
      mismatch(value, path, findings);
      return;
    }
    length.check(value.size(), value, path, findings);
    Iterator<Map.Entry<String, JsonNode>> it = value.fields();
    boolean nullReported = false;
    while (it.hasNext() && !findings.done()) {
      Map.Entry<String, JsonNode> e = it.next();
      MemberPath entryPath = path.entry(e.getKey());
      key.get().check(TextNode.valueOf(e.getKey()), entryPath, findings);
      if (!e.getValue().isNull()) {
        valueShape.get().check(e.getValue(), entryPath, findings);
      } else if (!nullReported) {
        findings.violation(path, value, Phrases.mapValue(Phrases.NOT_NULL));
        nullReported = true;
      }
    }
  }
}
