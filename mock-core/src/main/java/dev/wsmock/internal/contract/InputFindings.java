package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Collects an input check: the first type mismatch wins, otherwise all constraint violations. */
final class InputFindings extends Findings {

  private InputCheck.TypeMismatch mismatch;
  private final List<ConstraintViolation> violations = new ArrayList<>();

  @Override
  void typeMismatch(MemberPath path, String expected, String actual) {
    if (mismatch == null) {
      mismatch = new InputCheck.TypeMismatch(path.render(), expected, actual);
    }
  }

  @Override
  void violation(MemberPath path, JsonNode value, String constraint) {
    if (mismatch == null) {
      violations.add(
          new ConstraintViolation(
              path.render(), value == null ? null : Values.render(value), constraint));
    }
  }

  @Override
  boolean done() {
    return mismatch != null;
  }

  @Override
  boolean textualTimestampsAllowed() {
    return true;
  }

  InputCheck result() {
    if (mismatch != null) {
      return mismatch;
    }
    return violations.isEmpty()
        ? new InputCheck.Valid()
        : new InputCheck.ConstraintViolations(violations);
  }
}
