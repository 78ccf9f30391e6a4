package dev.wsmock.internal.contract;

import java.util.List;

/** The Coral constraint phrases, verbatim, so every message in the mock has one source. */
final class Phrases {

  static final String NOT_NULL = "Member must not be null";

  private Phrases() {}

  static String minLength(String n) {
    return "Member must have length greater than or equal to " + n;
  }

  static String maxLength(String n) {
    return "Member must have length less than or equal to " + n;
  }

  static String minValue(String n) {
    return "Member must have value greater than or equal to " + n;
  }

  static String maxValue(String n) {
    return "Member must have value less than or equal to " + n;
  }

  static String pattern(String pattern) {
    return "Member must satisfy regular expression pattern: " + pattern;
  }

  /** A constraint on every element of a list, reported once at the list: Coral's wording. */
  static String listMember(String constraint) {
    return "Member must satisfy constraint: [" + constraint + "]";
  }

  /** A constraint on every value of a map, reported once at the map: Coral's wording. */
  static String mapValue(String constraint) {
    return "Map value must satisfy constraint: [" + constraint + "]";
  }

  static String enumSet(List<String> values) {
    return "Member must satisfy enum value set: [" + String.join(", ", values) + "]";
  }
}
