package dev.wsmock.internal.operations;

import dev.wsmock.ImageState;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.RequiredTenancy;
import dev.wsmock.internal.model.ImageEntry;
import java.time.Instant;

/** The position after the last image of a page, in {@link ImageEntry#LISTING_ORDER}. */
record ImageCursor(Instant created, String imageId) {

  static ImageCursor after(ImageEntry image) {
    return new ImageCursor(image.created(), image.imageId());
  }

  String encode() {
    return created.getEpochSecond() + ":" + created.getNano() + ":" + imageId;
  }

  static ImageCursor decode(String text) {
    String[] parts = text.split(":", 3);
    if (parts.length != 3) {
      throw ErrorTexts.invalidToken();
    }
    try {
      return new ImageCursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
    } catch (RuntimeException e) {
      throw ErrorTexts.invalidToken();
    }
  }

  /** A stand-in entry with this position, to seek sorted sets of real entries. */
  ImageEntry probe() {
    return new ImageEntry(
        imageId,
        "",
        "",
        imageId,
        null,
        OperatingSystemType.WINDOWS,
        RequiredTenancy.DEFAULT,
        created,
        ImageState.AVAILABLE,
        null);
  }

  boolean isBefore(ImageEntry image) {
    return ImageEntry.LISTING_ORDER.compare(probe(), image) < 0;
  }
}
