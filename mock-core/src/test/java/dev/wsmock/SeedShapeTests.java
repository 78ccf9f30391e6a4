package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A seed the mock could not describe within the service contract is refused when it loads, naming the member. */
class SeedShapeTests {

  @Test
  void refuses_a_seeded_description_the_contract_does_not_allow_naming_its_path() {
    Seed seed =
        Seed.builder()
            .image(
                "wsi-golden0001",
                "111111111111",
                "us-east-1",
                i -> i.description("Golden, Windows 11"))
            .build();

    assertThatThrownBy(() -> WorkSpacesMock.builder().seed(seed).start())
        .isInstanceOf(SeedException.class)
        .hasMessageStartingWith(
            "Java seed: $.Images[0].Description: the mock could not describe this image within the"
                + " service contract: ")
        .hasMessageContaining("regular expression pattern");
  }

  @Test
  void refuses_an_error_detail_code_outside_the_models_enum_when_seeded_at_runtime() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().start()) {
      Seed seed =
          Seed.builder()
              .image(
                  "wsi-broken0001",
                  "111111111111",
                  "us-east-1",
                  i ->
                      i.error(
                          "ImageValidationFailed",
                          "failed",
                          new ImageErrorDetail("WorkspaceNotFound", "no")))
              .build();

      assertThatThrownBy(() -> mock.seed(seed))
          .isInstanceOf(SeedException.class)
          .hasMessageStartingWith("Java seed: $.Images[0].ErrorDetails[0].ErrorCode: ");
      assertThat(mock.images("us-east-1")).isEmpty();
    }
  }

  @Test
  void refuses_to_force_an_image_into_an_error_the_mock_could_not_describe() {
    Seed seed = Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1").build();
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start()) {
      assertThatThrownBy(
              () ->
                  mock.forceError(
                      "us-east-1",
                      "wsi-golden0001",
                      "Failed",
                      "failed",
                      new ImageErrorDetail("NotARealCode", "no")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("$.Images[0].ErrorDetails[0].ErrorCode");
      assertThat(mock.image("us-east-1", "wsi-golden0001").orElseThrow().state())
          .isEqualTo(ImageState.AVAILABLE);
    }
  }
}
