package dev.wsmock;

import java.time.Instant;
import java.util.List;

/**
 * An ImportCustomWorkspaceImage import as the model holds it at one instant of the mock's clock: what
 * DescribeCustomWorkspaceImageImport would answer its owner, with the owner and region. From
 * {@link WorkSpacesMock#customImageImport}.
 *
 * @param imageId the import's id, which is the id of the image it makes
 * @param imageName the name the image gets
 * @param progressPercentage 0 to 100; {@code null} for an import in {@code ERROR}
 * @param errorDetails what an import in {@code ERROR} reports; empty otherwise
 */
public record CustomImageImport(
    String imageId,
    String ownerAccountId,
    String region,
    String imageName,
    CustomImageImportState state,
    Integer progressPercentage,
    Instant created,
    Instant lastUpdatedTime,
    List<ImageErrorDetail> errorDetails) {
  public CustomImageImport {
    errorDetails = List.copyOf(errorDetails);
  }
}
