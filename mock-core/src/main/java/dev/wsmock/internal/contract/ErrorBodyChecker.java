package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an error response: the code must be one the operation declares or a protocol-level one,
 * and the body must carry that code in {@code __type} and a string {@code message}, which is all
 * both SDKs read. A modelled exception body is also checked against its shape.
 */
final class ErrorBodyChecker {

  private final Map<String, NodeRef> shapes;

  ErrorBodyChecker(Map<String, NodeRef> shapes) {
    this.shapes = shapes;
  }

  List<ShapeViolation> check(OperationContract op, String errorCode, JsonNode body) {
    return check(op, errorCode, body, Set.of());
  }

  /** As {@link #check(OperationContract, String, JsonNode)}, also accepting the codes in {@code alsoAllowed}. */
  List<ShapeViolation> check(
      OperationContract op, String errorCode, JsonNode body, Set<String> alsoAllowed) {
    OutputFindings findings = new OutputFindings();
    if (!op.errors().contains(errorCode)
        && !ProtocolErrors.CODES.contains(errorCode)
        && !alsoAllowed.contains(errorCode)) {
      findings.add(
          new ShapeViolation(
              "",
              "Error code '"
                  + errorCode
                  + "' is neither declared by "
                  + op.name()
                  + " "
                  + op.errors()
                  + " nor a protocol-level error"));
    }
    if (body == null || !body.isObject()) {
      findings.add(new ShapeViolation("", "Error body must be a JSON object"));
      return findings.result();
    }
    JsonNode type = body.get("__type");
    if (type == null || !type.isTextual()) {
      findings.add(new ShapeViolation("__type", "Error body must have a string __type"));
    } else if (!shortCode(type.textValue()).equals(errorCode)) {
      findings.add(
          new ShapeViolation(
              "__type",
              "__type '" + type.textValue() + "' does not match error code '" + errorCode + "'"));
    }
    JsonNode message = body.get("message");
    if (message == null || !message.isTextual()) {
      findings.add(
          new ShapeViolation("message", "Error body must have a string message (lowercase)"));
    }
    NodeRef shape = op.errors().contains(errorCode) ? shapes.get(errorCode) : null;
    if (shape != null) {
      shape.get().check(body, MemberPath.ROOT, findings);
    }
    return findings.result();
  }

  /** Both SDKs strip a {@code namespace#} prefix from {@code __type}; so do we. */
  private static String shortCode(String type) {
    return type.substring(type.lastIndexOf('#') + 1);
  }
}
