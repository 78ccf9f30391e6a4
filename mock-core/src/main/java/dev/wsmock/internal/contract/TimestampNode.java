package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A timestamp: epoch seconds as a JSON number. Requests may also use an ISO-8601 text; responses
 * may not, because SDK v2 fails to parse it (see {@link Findings#textualTimestampsAllowed()}).
 */
final class TimestampNode extends ShapeNode {

  TimestampNode() {
    super("timestamp");
  }

  @Override
  void check(JsonNode value, MemberPath path, Findings findings) {
    if (value.isNumber()) {
      return;
    }
    if (value.isTextual()) {
      if (!findings.textualTimestampsAllowed()) {
        findings.typeMismatch(path, "timestamp (epoch seconds number)", "string");
      } else if (!isIso8601(value.textValue())) {
        findings.typeMismatch(path, "timestamp", "non-ISO-8601 string");
      }
      return;
    }
    mismatch(value, path, findings);
  }

  private static boolean isIso8601(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
