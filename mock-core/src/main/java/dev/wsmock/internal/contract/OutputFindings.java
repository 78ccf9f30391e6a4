package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a response body, so a self-check reports them all at once. */
final class OutputFindings extends Findings {

  private final List<ShapeViolation> violations = new ArrayList<>();

  @Override
  void typeMismatch(MemberPath path, String expected, String actual) {
    violations.add(
        new ShapeViolation(path.render(), "Expected " + expected + " but found " + actual));
  }

  @Override
  void violation(MemberPath path, JsonNode value, String constraint) {
    String shown = value == null ? "null" : "'" + Values.render(value) + "'";
    violations.add(
        new ShapeViolation(
            path.render(), "Value " + shown + " failed to satisfy constraint: " + constraint));
  }

  @Override
  boolean done() {
    return false;
  }

  @Override
  boolean textualTimestampsAllowed() {
    return false;
  }

  void add(ShapeViolation violation) {
    violations.add(violation);
  }

  List<ShapeViolation> result() {
    return List.copyOf(violations);
  }
}
