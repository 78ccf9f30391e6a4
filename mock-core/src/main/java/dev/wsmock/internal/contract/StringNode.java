package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A string: length in code points, then the pattern, then the enum. The pattern must match the whole value, as Coral
 * matches it: an unanchored model pattern such as {@code [a-zA-Z0-9_.-]+} refuses {@code "a;b"}, and a {@code $}
 * never matches before a trailing line break ({@code "222222222222\n"} fails {@code ^\d{12}$}), where
 * {@link java.util.regex.Matcher#find()} would accept both.
 */
final class StringNode extends ShapeNode {

  private final LengthRule length;
  private final Pattern pattern;
  private final String patternText;
  private final List<String> enumValues;
  private final Set<String> enumSet;

  /**
   * @param pattern    the compiled pattern, or null when the model has none or Java cannot compile it
   * @param enumValues the enum in model order, or null
   */
  StringNode(LengthRule length, Pattern pattern, List<String> enumValues) {
    super("string");
    this.length = length;
    this.pattern = pattern;
    this.patternText = pattern == null ? null : pattern.pattern();
    this.enumValues = enumValues == null ? null : List.copyOf(enumValues);
    this.enumSet = enumValues == null ? null : Set.copyOf(enumValues);
  }

  @Override
  void check(JsonNode value, MemberPath path, Findings findings) {
    if (!value.isTextual()) {
      mismatch(value, path, findings);
      return;
    }
    String text = value.textValue();
    length.check(text.codePointCount(0, text.length()), value, path, findings);
    if (pattern != null && !pattern.matcher(text).matches()) {
      findings.violation(path, value, Phrases.pattern(patternText));
    }
    if (enumSet != null && !enumSet.contains(text)) {
      findings.violation(path, value, Phrases.enumSet(enumValues));
    }
  }
}
