package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.CustomImageImportState;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ImageState;
import dev.wsmock.Seed;
import dev.wsmock.SeedException;
import dev.wsmock.internal.contract.ServiceContract;
import dev.wsmock.internal.contract.ShapeViolation;
import dev.wsmock.internal.json.JsonCodec;
import dev.wsmock.internal.shapes.BundleShapes;
import dev.wsmock.internal.shapes.Common;
import dev.wsmock.internal.shapes.CustomImageImportShapes;
import dev.wsmock.internal.shapes.DirectoryShapes;
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

  /**
   * Checks every seeded value the mock will answer with against the contract's output shapes: images as
   * DescribeWorkspaceImages shows them, their tags as DescribeTags does, bundles as DescribeWorkspaceBundles does. The
   * same shapes judge the API's requests, so a name, a description or a tag a request could not set cannot be seeded.
   */
  public void check(Seed seed, String source) {
    for (int n = 0; n < seed.images().size(); n++) {
      Seed.Image image = seed.images().get(n);
      ObjectNode output = json.objectNode();
      output.putArray("Images").add(json.valueToTree(described(image)));
      report(
          contract.checkOutput("DescribeWorkspaceImages", output),
          source,
          "$.Images[" + n + "]",
          "the mock could not describe this image within the service contract: ");
      if (!image.tags().isEmpty()) {
        ObjectNode tags = json.objectNode();
        tags.set(
            "TagList",
            json.valueToTree(
                image.tags().stream()
                    .map(t -> t == null ? null : new Common.Tag(t.key(), t.value()))
                    .toList()));
        report(
            contract.checkOutput("DescribeTags", tags),
            source,
            "$.Images[" + n + "]",
            "not a tag the API could set: ");
      }
    }
    for (int n = 0; n < seed.bundles().size(); n++) {
      ObjectNode output = json.objectNode();
      output.putArray("Bundles").add(json.valueToTree(described(seed.bundles().get(n))));
      report(
          contract.checkOutput("DescribeWorkspaceBundles", output),
          source,
          "$.Bundles[" + n + "]",
          "the mock could not describe this bundle within the service contract: ");
    }
    for (int n = 0; n < seed.directories().size(); n++) {
      ObjectNode output = json.objectNode();
      output.putArray("Directories").add(json.valueToTree(described(seed.directories().get(n))));
      report(
          contract.checkOutput("DescribeWorkspaceDirectories", output),
          source,
          "$.Directories[" + n + "]",
          "the mock could not describe this directory within the service contract: ");
    }
    for (int n = 0; n < seed.customImageImports().size(); n++) {
      customImageImport(
          seed.customImageImports().get(n), source, "$.CustomImageImports[" + n + "]");
    }
  }

  /**
   * An import as DescribeCustomWorkspaceImageImport shows it, and the image it makes as DescribeWorkspaceImages
   * would (its {@code ImageName} and {@code ImageDescription} are that image's {@code Name} and {@code Description}).
   */
  private void customImageImport(Seed.CustomImageImport c, String source, String at) {
    List<ShapeViolation> described =
        contract.checkOutput(
            "DescribeCustomWorkspaceImageImport", (ObjectNode) json.valueToTree(described(c)));
    if (!described.isEmpty()) {
      ShapeViolation first = described.get(0);
      throw new SeedException(
          source,
          at + seedPath(first.path(), 0),
          "the mock could not describe this import within the service contract: "
              + quietly(first.message()));
    }
    Seed.Image image =
        Seed.Image.builder(c.imageId(), c.ownerAccountId(), c.region())
            .name(c.imageName())
            .description(c.imageDescription())
            .tags(c.tags())
            .build();
    try {
      check(Seed.builder().image(image).build(), source);
    } catch (SeedException e) {
      // Reported at the import's own members: Name is its ImageName, Description its
      // ImageDescription.
      String path =
          e.path()
              .replace("$.Images[0].Name", at + ".ImageName")
              .replace("$.Images[0].Description", at + ".ImageDescription")
              .replace("$.Images[0]", at);
      String problem = e.getMessage().substring(e.source().length() + e.path().length() + 4);
      throw new SeedException(source, path, problem);
    }
  }

  /** The import as DescribeCustomWorkspaceImageImport would show it, with the seed's defaults filled in. */
  private static CustomImageImportShapes.DescribeCustomWorkspaceImageImportResult described(
      Seed.CustomImageImport c) {
    CustomImageImportState state = c.state() == null ? CustomImageImportState.PENDING : c.state();
    List<ImageShapes.ErrorDetails> details =
        c.errorDetails().isEmpty()
            ? null
            : c.errorDetails().stream()
                .map(d -> new ImageShapes.ErrorDetails(d.errorCode(), d.errorMessage()))
                .toList();
    boolean noSource =
        c.ec2ImageId() == null && c.ec2ImportTaskId() == null && c.imageBuildVersionArn() == null;
    return new CustomImageImportShapes.DescribeCustomWorkspaceImageImportResult(
        c.imageId(),
        c.infrastructureConfigurationArn(),
        state.name(),
        writable(c.created()),
        writable(c.lastUpdatedTime()),
        null, // no progress in a seed: the walk computes it
        noSource
            ? null
            : new CustomImageImportShapes.ImageSource(
                c.ec2ImportTaskId(), c.imageBuildVersionArn(), c.ec2ImageId()),
        details);
  }

  private static void report(
      List<ShapeViolation> violations, String source, String at, String problem) {
    if (!violations.isEmpty()) {
      ShapeViolation first = violations.get(0);
      throw new SeedException(
          source, at + seedPath(first.path()), problem + quietly(first.message()));
    }
  }

  /** A shape violation's text with the offending value left out ({@code Value '...'}), so no message dumps a file. */
  static String quietly(String message) {
    return message.startsWith("Value '") && message.contains("' failed to satisfy constraint: ")
        ? "Value failed to satisfy constraint: "
            + message.substring(
                message.indexOf("' failed to satisfy constraint: ")
                    + "' failed to satisfy constraint: ".length())
        : message;
  }

  /** A time that epoch milliseconds can hold; any other is the seed loader's to refuse, with its path. */
  private static Instant writable(Instant created) {
    if (created == null) {
      return Instant.EPOCH;
    }
    try {
      created.toEpochMilli();
      return created;
    } catch (ArithmeticException tooFar) {
      return Instant.EPOCH;
    }
  }

  /** The seeded members of the directory as DescribeWorkspaceDirectories would show them. */
  private static DirectoryShapes.WorkspaceDirectory described(Seed.Directory d) {
    return new DirectoryShapes.WorkspaceDirectory(
        d.directoryId(),
        null,
        d.registrationCode(),
        d.subnetIds().isEmpty() ? null : d.subnetIds(),
        null,
        null,
        d.tenancy(),
        null,
        d.workspaceDirectoryName(),
        d.workspaceDirectoryDescription(),
        d.userIdentityType(),
        d.workspaceType());
  }

  /** The bundle as DescribeWorkspaceBundles would show it, with the seed's defaults filled in. */
  private static BundleShapes.WorkspaceBundle described(Seed.Bundle bundle) {
    return new BundleShapes.WorkspaceBundle(
        bundle.bundleId(),
        bundle.name() == null ? bundle.bundleId() : bundle.name(),
        bundle.ownerAccountId(),
        bundle.description(),
        bundle.imageId(),
        new BundleShapes.RootStorage("80"),
        new BundleShapes.UserStorage("50"),
        new BundleShapes.ComputeType("STANDARD"),
        Instant.EPOCH,
        Instant.EPOCH,
        "AVAILABLE",
        "REGULAR");
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
        writable(image.created()),
        image.ownerAccountId(),
        ImageShapes.UpdateResult.of(image.updates()),
        details);
  }

  /**
   * {@code images.1.member.errorDetails.2.member.errorCode} → {@code .ErrorDetails[1].ErrorCode}; a tag list's
   * {@code tagList.2.member.key} → {@code .Tags[1].Key}.
   */
  static String seedPath(String coralPath) {
    return seedPath(coralPath, 3); // skip "images.1.member": the image itself
  }

  /** As {@link #seedPath(String)}, for an output whose first {@code first} parts lead to the seeded entry. */
  static String seedPath(String coralPath, int first) {
    String[] parts = coralPath.split("\\.");
    StringBuilder path = new StringBuilder();
    if (parts.length > 0 && "tagList".equals(parts[0])) {
      path.append(".Tags");
      first = 1;
    }
    for (int i = first; i < parts.length; i++) {
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
