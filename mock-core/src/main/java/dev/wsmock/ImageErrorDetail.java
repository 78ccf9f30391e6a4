package dev.wsmock;

import java.util.Objects;

/** One entry of an image's {@code ErrorDetails}, e.g. {@code WorkspacesBYOLAccountNotFound}. */
public record ImageErrorDetail(String errorCode, String errorMessage) {
  public ImageErrorDetail {
    Objects.requireNonNull(errorCode, "errorCode");
  }
}
