package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImageType;

/** The usage example of the root README, verbatim, run and checked. */
class ReadmeExampleTests {

  /** Between the markers: exactly what the README shows. */
  static void readmeExample() {
    // README-BEGIN
    Seed seed =
        Seed.builder()
            .account("111111111111")
            .account("222222222222")
            .image("wsi-golden001", "111111111111", "us-east-1", i -> i.name("golden-win11"))
            .build();
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start()) {
      Function<String, WorkSpacesClient> clientFor =
          account ->
              WorkSpacesClient.builder() // the 12-digit key is the account
                  .endpointOverride(mock.endpoint())
                  .region(Region.US_EAST_1)
                  .credentialsProvider(
                      StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "any")))
                  .build();
      try (WorkSpacesClient owner = clientFor.apply("111111111111");
          WorkSpacesClient recipient = clientFor.apply("222222222222")) {
        owner.updateWorkspaceImagePermission(
            r -> r.imageId("wsi-golden001").sharedAccountId("222222222222").allowCopyImage(true));
        System.out.println(
            "owner sees     "
                + owner.describeWorkspaceImages(r -> r.imageType(ImageType.OWNED)).images());
        System.out.println(
            "recipient sees "
                + recipient.describeWorkspaceImages(r -> r.imageType(ImageType.SHARED)).images());
      }
    }
    // README-END
  }

  @Test
  // The README's example prints, so the test swaps System.out: JUnit keeps every other test that
  // declares the same lock from running beside it.
  @ResourceLock(Resources.SYSTEM_OUT)
  void the_readme_example_shows_each_account_the_shared_image() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      readmeExample();
    } finally {
      System.setOut(original);
    }

    String[] lines = printed.toString(StandardCharsets.UTF_8).split("\\R");
    assertThat(lines).hasSize(2);
    assertThat(lines[0])
        .startsWith("owner sees     [WorkspaceImage(ImageId=wsi-golden001, Name=golden-win11")
        .contains("OwnerAccountId=111111111111");
    assertThat(lines[1])
        .startsWith("recipient sees [WorkspaceImage(ImageId=wsi-golden001, Name=golden-win11")
        .contains("OwnerAccountId=111111111111");
  }
}
