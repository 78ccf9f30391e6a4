package dev.wsmock;

import java.util.Objects;

/**
 * A resource tag, {@code {"Key": ..., "Value": ...}}.
 *
 * @param key 1 to 127 characters
 * @param value 0 to 255 characters; may be {@code null} (AWS allows a tag without value)
 */
public record Tag(String key, String value) {
  public Tag {
    Objects.requireNonNull(key, "key");
  }

  public static Tag of(String key, String value) {
    return new Tag(key, value);
  }
}
