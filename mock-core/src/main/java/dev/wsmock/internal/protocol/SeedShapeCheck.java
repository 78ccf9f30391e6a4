package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ImageState;
import dev.wsmock.Seed;
import dev.wsmock.SeedException;
import dev.wsmock.internal.contract.ServiceContract;
import dev.wsmock.internal.contract.ShapeViolation;
import dev.wsmock.internal.json.JsonCodec;
import dev.wsmock.internal.shapes.Common;
import dev.wsmock.internal.shapes.ImageShapes;
import java.time.Instant;
import java.util.List;

/**
 * Refuses a seeded image that the mock could not describe within the service contract (a {@code Description} with a
 * comma, an {@code ErrorDetails} code outside the model's enum): better a {@link SeedException} naming the member at
 * load time than a strict-mode 500 on every DescribeWorkspaceImages later.
 */
public final class SeedShapeCheck {
  private final ServiceContract contract;
  private final JsonCodec json;

  public SeedShapeCheck(ServiceContract contract, JsonCodec json) {
    this.contract = contract;
    this.json = json;
  }

  public void check(Seed seed, String source) {
    for (int n = 0; n < seed.images().size(); n++) {
      ObjectNode output = json.objectNode();
      output.putArray("Images").add(json.valueToTree(described(seed.images().get(n))));
      List<ShapeViolation> violations = contract.checkOutput("DescribeWorkspaceImages", output);
      if (!violations.isEmpty()) {
        ShapeViolation first = violations.get(0);
        throw new SeedException(
            source,
            "$.Images[" + n + "]" + seedPath(first.path()),
            "the mock could not describe this image within the service contract: "
                + first.message());
      }
    }
  }

  /** The image as DescribeWorkspaceImages would show it, with the seed's defaults filled in. */
  private static ImageShapes.WorkspaceImage described(Seed.Image image) {
    ImageState state = image.state() == null ? ImageState.AVAILABLE : image.state();
    List<ImageShapes.ErrorDetails> details =
        image.errorDetails().isEmpty()
            ? null
            : image.errorDetails().stream()
                .map(
                    (ImageErrorDetail d) ->
                        new ImageShapes.ErrorDetails(d.errorCode(), d.errorMessage()))
                .toList();
    return new ImageShapes.WorkspaceImage(
        image.imageId(),
        image.name() == null ? image.imageId() : image.name(),
        image.description(),
        new Common.OperatingSystem(
            image.operatingSystem() == null ? "WINDOWS" : image.operatingSystem().name()),
        state.name(),
        image.requiredTenancy() == null ? "DEFAULT" : image.requiredTenancy().name(),
        image.errorCode(),
        image.errorMessage(),
        image.created() == null ? Instant.EPOCH : image.created(),
        image.ownerAccountId(),
        details);
  }

  /** {@code images.1.member.errorDetails.2.member.errorCode} → {@code .ErrorDetails[1].ErrorCode}. */
  static String seedPath(String coralPath) {
    String[] parts = coralPath.split("\\.");
    StringBuilder path = new StringBuilder();
    for (int i = 3; i < parts.length; i++) { // skip "images.1.member": the image itself
      String part = parts[i];
      if (i + 1 < parts.length
          && "member".equals(parts[i + 1])
          && part.chars().allMatch(Character::isDigit)) {
        path.append('[').append(Integer.parseInt(part) - 1).append(']');
        i++;
      } else if (!part.isEmpty()) {
        path.append('.').append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return path.toString();
  }
}
