package dev.wsmock.standalone.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 500ms}, {@code 1s}, {@code 45m}, {@code 2h}, {@code 0} and ISO-8601 ({@code PT1S}). */
public final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,18})(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    String text = value.trim();
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = SHORT.matcher(text);
    Duration duration;
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      try {
        duration =
            switch (m.group(2)) {
              case "ms" -> Duration.ofMillis(amount);
              case "s" -> Duration.ofSeconds(amount);
              case "m" -> Duration.ofMinutes(amount);
              default -> Duration.ofHours(amount);
            };
      } catch (ArithmeticException tooLong) {
        throw new TypeConversionException("'" + value + "' is longer than any duration Java holds");
      }
    } else {
      try {
        duration = Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a duration; expected e.g. 500ms, 1s, 45m, 2h, 0 or ISO-8601 PT1S");
      }
    }
    if (duration.isNegative()) {
      throw new TypeConversionException(
          "'" + value + "' is negative; a duration must be 0 or more");
    }
    return duration;
  }
}
