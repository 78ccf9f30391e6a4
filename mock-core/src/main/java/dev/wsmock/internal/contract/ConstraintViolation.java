package dev.wsmock.internal.contract;

/**
 * One broken constraint of a request member.
 *
 * @param path       Coral-style path, e.g. {@code maxResults}, {@code imageIds.2.member}, {@code tags.1.member.key}
 * @param value      the offending value as Coral renders it, or {@code null} when the member is absent
 * @param constraint the Coral phrase, e.g. "Member must have value less than or equal to 25"
 */
public record ConstraintViolation(String path, String value, String constraint) {

  /** E.g. {@code Value '26' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 25}. */
  public String message() {
    String shown = value == null ? "null" : "'" + value + "'";
    return "Value " + shown + " at '" + path + "' failed to satisfy constraint: " + constraint;
  }
}
