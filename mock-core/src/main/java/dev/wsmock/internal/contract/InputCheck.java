package dev.wsmock.internal.contract;

import java.util.List;

/**
 * Outcome of {@link ServiceContract#checkInput}. The protocol layer maps each variant to a wire answer:
 * {@link TypeMismatch} to {@code SerializationException}, {@link ConstraintViolations} to
 * {@code ValidationException}. Types are judged first, so a request never gets both.
 */
public sealed interface InputCheck {

  /** The body has the right JSON types and meets every constraint of the input shape. */
  record Valid() implements InputCheck {}

  /**
   * The first member (in model member order, depth first) whose JSON type does not fit its shape.
   *
   * @param path     Coral-style path, e.g. {@code allowCopyImage} or {@code imageIds.1.member}; empty for the body itself
   * @param expected the model type, e.g. {@code boolean}, {@code integer}, {@code structure}
   * @param actual   what the JSON held, e.g. {@code string}, {@code decimal number}, {@code integer out of range}
   */
  record TypeMismatch(String path, String expected, String actual) implements InputCheck {
    /** A human-readable text for the error body (wsmock's wording; no AWS capture shows the real one). */
    public String message() {
      String where = path.isEmpty() ? "the request body" : "'" + path + "'";
      return "Expected " + expected + " at " + where + " but found " + actual;
    }
  }

  /** Every constraint broken by a well-typed body, in the order they were found. */
  record ConstraintViolations(List<ConstraintViolation> violations) implements InputCheck {
    public ConstraintViolations {
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("at least one violation");
      }
      violations = List.copyOf(violations);
    }

    /** The Coral text: "1 validation error detected: ..." or "N validation errors detected: a; b". */
    public String message() {
      StringBuilder sb = new StringBuilder();
      int n = violations.size();
      sb.append(n)
          .append(n == 1 ? " validation error detected: " : " validation errors detected: ");
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append("; ");
        }
        sb.append(violations.get(i).message());
      }
      return sb.toString();
    }
  }
}
