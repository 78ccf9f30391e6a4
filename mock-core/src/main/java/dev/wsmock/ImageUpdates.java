package dev.wsmock;

/**
 * An image's {@code Updates} (the service model's {@code UpdateResult}): whether AWS has newer WorkSpaces drivers
 * and components for it, which CreateUpdatedWorkspaceImage builds into a new image. Real AWS answers leave the member
 * out for most images, so the mock shows it only where a seed sets it.
 *
 * <pre>{@code
 * Seed.builder().image("wsi-golden001", OWNER, "us-east-1",
 *     i -> i.updates(ImageUpdates.available("New WorkSpaces drivers are available")));
 * }</pre>
 *
 * @param updateAvailable {@code UpdateAvailable}; {@code null} leaves the member out, as the API may
 * @param description {@code Description}, 1 to 255 of letters, digits, spaces and {@code _ . / ( ) -}; {@code null}
 *     leaves it out
 */
public record ImageUpdates(Boolean updateAvailable, String description) {

  /** {@code UpdateAvailable} true, with the description AWS would show. */
  public static ImageUpdates available(String description) {
    return new ImageUpdates(true, description);
  }

  /** {@code UpdateAvailable} false and no description: what an updated image shows. */
  public static ImageUpdates upToDate() {
    return new ImageUpdates(false, null);
  }

  /**
   * Whether an update is available ({@code UpdateAvailable} is true). Not named {@code is...}: the seed format maps
   * this record's components only.
   */
  public boolean hasUpdate() {
    return Boolean.TRUE.equals(updateAvailable);
  }
}
