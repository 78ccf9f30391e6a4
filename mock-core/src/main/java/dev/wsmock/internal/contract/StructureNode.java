package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A structure: a JSON object whose known members are checked in model order. Unknown members are
 * ignored, as AWS does, because newer SDKs may send members this model does not have yet.
 */
final class StructureNode extends ShapeNode {

  /** One member: wire name, Coral path name, whether required, and the member's shape. */
  record Member(String wireName, String coralName, boolean required, NodeRef shape) {}

  private final Member[] members;
  private final Set<String> memberNames;

  StructureNode(List<Member> members) {
    super("structure");
    this.members = members.toArray(new Member[0]);
    this.memberNames =
        members.stream().map(Member::wireName).collect(Collectors.toUnmodifiableSet());
  }

  /** The members' wire names. */
  Set<String> memberNames() {
    return memberNames;
  }

  @Override
  void check(JsonNode value, MemberPath path, Findings findings) {
    if (!value.isObject()) {
      mismatch(value, path, findings);
      return;
    }
    for (Member m : members) {
      if (findings.done()) {
        return;
      }
      JsonNode child = value.get(m.wireName());
      if (child == null || child.isNull()) {
        if (m.required()) {
          findings.violation(path.member(m.coralName()), null, Phrases.NOT_NULL);
        }
      } else {
        m.shape().get().check(child, path.member(m.coralName()), findings);
      }
    }
  }

  /** Checks a body that may be absent: a missing or null body counts as {@code {}}. */
  void checkBody(JsonNode body, Findings findings) {
    JsonNode value =
        body == null || body.isNull() || body.isMissingNode()
            ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
            : body;
    check(value, MemberPath.ROOT, findings);
  }
}
