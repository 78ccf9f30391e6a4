package dev.wsmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ResourceUnavailableException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

class AdminEndpointsTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    return JSON.readTree(response.body());
  }

  @Test
  void reset_returns_to_the_start_up_seed_and_clears_the_journal() throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY)) {
      String before = Http.get(server.endpoint(), "/__admin/workspaces/state").body();
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0002").sharedAccountId("333333333333").allowCopyImage(true));
      Http.post(
          server.endpoint(),
          "/__admin/workspaces/seed",
          """
          {"Images": [{"ImageId": "wsi-added00001", "OwnerAccountId": "111111111111", "Region": "us-east-1"}]}""");

      HttpResponse<String> reset = Http.post(server.endpoint(), "/__admin/workspaces/reset", "");

      assertThat(reset.statusCode()).isEqualTo(200);
      assertThat(json(reset).path("message").asText()).contains("reset");
      assertThat(Http.get(server.endpoint(), "/__admin/workspaces/state").body()).isEqualTo(before);
      assertThat(
              json(Http.get(server.endpoint(), "/__admin/workspaces/calls")).path("size").asInt())
          .isZero();
    }
  }

  @Test
  void seed_adds_the_images_in_the_body_for_sdk_callers_to_see() throws Exception {
    try (RunningServer server = RunningServer.start();
        WorkSpacesClient owner = Sdk.client(server.endpoint(), "111111111111")) {
      HttpResponse<String> seeded =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/seed",
              """
          {"Images": [{"ImageId": "wsi-added00001", "OwnerAccountId": "111111111111", "Region": "us-east-1",
                       "Name": "added"}]}""");
      assertThat(seeded.statusCode()).isEqualTo(200);
      assertThat(owner.describeWorkspaceImages(r -> {}).images())
          .extracting(WorkspaceImage::name)
          .containsExactly("added");
    }
  }

  @Test
  void seed_with_an_unknown_member_answers_400_with_the_seed_error_and_changes_nothing()
      throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json")) {
      String before = Http.get(server.endpoint(), "/__admin/workspaces/state").body();
      HttpResponse<String> refused =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/seed",
              """
          {"Images": [{"ImageId": "wsi-added00001", "OwnerAccountId": "111111111111", "Region": "us-east-1"}],
           "Imagez": []}""");
      assertThat(refused.statusCode()).isEqualTo(400);
      JsonNode error = json(refused);
      assertThat(error.path("error").asText()).isEqualTo("InvalidSeed");
      assertThat(error.path("message").asText())
          .startsWith("request body: $.Imagez: unknown member 'Imagez'");
      assertThat(Http.get(server.endpoint(), "/__admin/workspaces/state").body()).isEqualTo(before);
    }
  }

  @Test
  void seed_that_is_not_json_answers_400_json_not_a_stack_trace() throws Exception {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> refused =
          Http.post(server.endpoint(), "/__admin/workspaces/seed", "{not json");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(json(refused).path("message").asText()).contains("not valid JSON");
      assertThat(refused.body()).doesNotContain("\tat ", "Exception");
    }
  }

  @Test
  void state_round_trips_through_the_seed_option(@TempDir Path dir) throws Exception {
    Path exported = dir.resolve("state.json");
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY)) {
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0002").sharedAccountId("333333333333").allowCopyImage(true));
      HttpResponse<String> state = Http.get(server.endpoint(), "/__admin/workspaces/state");
      assertThat(state.statusCode()).isEqualTo(200);
      assertThat(json(state).path("Images").size()).isEqualTo(7);
      Files.writeString(exported, state.body());
    }
    try (RunningServer restarted = RunningServer.start("--seed", exported.toString())) {
      String again = Http.get(restarted.endpoint(), "/__admin/workspaces/state").body();
      assertThat(JSON.readTree(again)).isEqualTo(JSON.readTree(Files.readString(exported)));
      assertThat(again).contains("333333333333");
    }
  }

  @Test
  void calls_lists_the_journal_with_the_dropped_count() throws Exception {
    try (RunningServer server =
            RunningServer.start("--seed", "demo-seed.json", "--journal-capacity", "2");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY)) {
      owner.describeWorkspaceImages(r -> {});
      owner.describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001"));
      owner.describeWorkspaceImages(r -> r.maxResults(1));

      JsonNode journal = json(Http.get(server.endpoint(), "/__admin/workspaces/calls"));

      assertThat(journal.path("capacity").asInt()).isEqualTo(2);
      assertThat(journal.path("dropped").asLong()).isEqualTo(1);
      assertThat(journal.path("calls")).hasSize(2);
      JsonNode last = journal.path("calls").get(1);
      assertThat(last.path("operation").asText()).isEqualTo("DescribeWorkspaceImages");
      assertThat(last.path("accountId").asText()).isEqualTo("111111111111");
      assertThat(last.path("region").asText()).isEqualTo("us-east-1");
      assertThat(last.path("request").path("MaxResults").asInt()).isEqualTo(1);
      assertThat(last.path("status").asInt()).isEqualTo(200);
      assertThat(last.path("sequence").asLong()).isEqualTo(3);
      assertThat(last.path("latencyMicros").isIntegralNumber()).isTrue();
      assertThat(last.path("userAgent").asText()).startsWith("aws-sdk-java/2.");
      assertThat(last.path("line").asText())
          .startsWith("#3 ")
          .contains("DescribeWorkspaceImages {MaxResults=1} -> 200 (attempt 1) in ");
    }
  }

  @Test
  void faults_post_adds_rules_the_sdk_then_meets_and_delete_clears_them() throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY)) {
      HttpResponse<String> added =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/faults",
              """
          {"Faults": [{"Name": "permissions-unavailable",
                       "When": {"Operation": "DescribeWorkspaceImagePermissions"},
                       "Effect": {"Error": {"Code": "ResourceUnavailableException", "Message": "injected"}}}]}""");
      assertThat(added.statusCode()).isEqualTo(200);
      assertThat(json(added).path("message").asText())
          .startsWith("1 fault rule(s) added; 1 active");

      assertThatThrownBy(
              () -> owner.describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001")))
          .isInstanceOf(ResourceUnavailableException.class)
          .hasMessageContaining("injected");

      HttpResponse<String> cleared = Http.delete(server.endpoint(), "/__admin/workspaces/faults");
      assertThat(cleared.statusCode()).isEqualTo(200);
      assertThat(
              owner.describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001")).imageId())
          .isEqualTo("wsi-golden0001");
    }
  }

  @Test
  void faults_post_with_a_misspelt_member_answers_400_naming_its_path() throws Exception {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> response =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/faults",
              """
          {"Faults": [{"When": {"Operaton": "DescribeWorkspaceImages"}, "Effect": {"Error": {"Code": "X"}}}]}""");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).path("error").asText()).isEqualTo("InvalidFaults");
      assertThat(json(response).path("message").asText())
          .startsWith("request body: $.Faults[0].When.Operaton: unknown member 'Operaton'");
    }
  }

  @Test
  void image_state_forces_error_with_details_which_the_sdk_then_sees() throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY)) {
      HttpResponse<String> forced =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/images/wsi-golden0001/state",
              """
          {"State": "ERROR", "ErrorCode": "InvalidImage", "ErrorMessage": "broken on purpose",
           "ErrorDetails": [{"ErrorCode": "WorkspacesBYOLAccountNotFound", "ErrorMessage": "no BYOL"}]}""");

      assertThat(forced.statusCode()).isEqualTo(200);
      assertThat(json(forced).path("Region").asText()).isEqualTo("us-east-1");
      WorkspaceImage image =
          owner.describeWorkspaceImages(r -> r.imageIds("wsi-golden0001")).images().get(0);
      assertThat(image.stateAsString()).isEqualTo("ERROR");
      assertThat(image.errorCode()).isEqualTo("InvalidImage");
      assertThat(image.errorDetails())
          .singleElement()
          .satisfies(
              d -> assertThat(d.errorCodeAsString()).isEqualTo("WorkspacesBYOLAccountNotFound"));
      assertThatThrownBy(
              () ->
                  owner.updateWorkspaceImagePermission(
                      r ->
                          r.imageId("wsi-golden0001")
                              .sharedAccountId("333333333333")
                              .allowCopyImage(true)))
          .isInstanceOf(ResourceUnavailableException.class);
    }
  }

  @Test
  void image_state_forces_available_in_the_region_given_by_the_query() throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json")) {
      HttpResponse<String> forced =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/images/wsi-broken0001/state?region=us-east-1",
              "{\"State\": \"AVAILABLE\"}");
      assertThat(forced.statusCode()).isEqualTo(200);
      assertThat(json(forced).path("State").asText()).isEqualTo("AVAILABLE");
    }
  }

  @Test
  void image_state_answers_json_errors_for_unknown_images_and_bad_bodies() throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json")) {
      HttpResponse<String> unknown =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/images/wsi-nosuch0001/state",
              "{\"State\": \"AVAILABLE\"}");
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(json(unknown).path("message").asText())
          .isEqualTo("no image wsi-nosuch0001 in any region");

      HttpResponse<String> wrongRegion =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/images/wsi-golden0001/state?region=eu-west-1",
              "{\"State\": \"AVAILABLE\"}");
      assertThat(wrongRegion.statusCode()).isEqualTo(404);

      HttpResponse<String> badState =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/images/wsi-golden0001/state",
              "{\"State\": \"SHINY\"}");
      assertThat(badState.statusCode()).isEqualTo(400);
      assertThat(json(badState).path("message").asText())
          .isEqualTo("State must be AVAILABLE or ERROR, not 'SHINY'");

      HttpResponse<String> unknownMember =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/images/wsi-golden0001/state",
              "{\"Stat\": \"AVAILABLE\"}");
      assertThat(unknownMember.statusCode()).isEqualTo(400);
      assertThat(json(unknownMember).path("error").asText()).isEqualTo("InvalidRequest");
    }
  }

  @Test
  void image_updates_set_by_the_admin_api_reach_the_sdk_and_can_be_removed() throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY)) {
      HttpResponse<String> set =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/images/wsi-golden0001/updates",
              "{\"UpdateAvailable\": true, \"Description\": \"Agent 3.0 is available\"}");

      assertThat(set.statusCode()).isEqualTo(200);
      assertThat(json(set).path("Updates").path("UpdateAvailable").asBoolean()).isTrue();
      WorkspaceImage image =
          owner.describeWorkspaceImages(r -> r.imageIds("wsi-golden0001")).images().get(0);
      assertThat(image.updates().updateAvailable()).isTrue();
      assertThat(image.updates().description()).isEqualTo("Agent 3.0 is available");

      HttpResponse<String> removed =
          Http.delete(server.endpoint(), "/__admin/workspaces/images/wsi-golden0001/updates");
      assertThat(removed.statusCode()).isEqualTo(200);
      assertThat(json(removed).has("Updates")).isFalse();
      assertThat(
              owner
                  .describeWorkspaceImages(r -> r.imageIds("wsi-golden0001"))
                  .images()
                  .get(0)
                  .updates())
          .isNull();
    }
  }

  @Test
  void image_updates_answer_json_errors_and_change_nothing_for_bad_bodies() throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json")) {
      String before = Http.get(server.endpoint(), "/__admin/workspaces/state").body();
      String path = "/__admin/workspaces/images/wsi-golden0001/updates";

      HttpResponse<String> missing = Http.post(server.endpoint(), path, "{\"Description\": \"x\"}");
      assertThat(missing.statusCode()).isEqualTo(400);
      assertThat(json(missing).path("message").asText())
          .isEqualTo("UpdateAvailable is required: true or false");

      HttpResponse<String> comma =
          Http.post(
              server.endpoint(), path, "{\"UpdateAvailable\": true, \"Description\": \"a, b\"}");
      assertThat(comma.statusCode()).isEqualTo(400);
      assertThat(json(comma).path("message").asText()).contains("Updates.Description");

      HttpResponse<String> unknown =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/images/wsi-nosuch0001/updates",
              "{\"UpdateAvailable\": true}");
      assertThat(unknown.statusCode()).isEqualTo(404);

      assertThat(Http.get(server.endpoint(), "/__admin/workspaces/state").body()).isEqualTo(before);
    }
  }
}
