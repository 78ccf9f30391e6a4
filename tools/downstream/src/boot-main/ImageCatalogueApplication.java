package com.example.downstream;

import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.WorkSpacesClientBuilder;
import software.amazon.awssdk.services.workspaces.model.ImageType;

/** A small Boot web app on the AWS SDK v2, as our users write them: it lists the account's images. */
@SpringBootApplication
public class ImageCatalogueApplication {

  public static void main(String[] args) {
    SpringApplication.run(ImageCatalogueApplication.class, args);
  }

  /** Real AWS by default; {@code workspaces.endpoint} points it elsewhere (the tests: at the mock). */
  @Bean
  WorkSpacesClient workSpacesClient(
      @Value("${workspaces.endpoint:}") String endpoint,
      @Value("${workspaces.account:}") String account) {
    WorkSpacesClientBuilder builder = WorkSpacesClient.builder().region(Region.US_EAST_1);
    if (!endpoint.isEmpty()) {
      builder
          .endpointOverride(URI.create(endpoint))
          .credentialsProvider(
              StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "any")));
    }
    return builder.build();
  }

  record ImageView(String imageId, String name) {}

  @RestController
  static class Images {
    private final WorkSpacesClient workspaces;

    Images(WorkSpacesClient workspaces) {
      this.workspaces = workspaces;
    }

    @GetMapping("/images")
    List<ImageView> images() {
      return workspaces.describeWorkspaceImages(r -> r.imageType(ImageType.OWNED)).images().stream()
          .map(image -> new ImageView(image.imageId(), image.name()))
          .toList();
    }
  }
}
