package dev.wsmock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** The model lives beside WireMock's own features: user stubs win, and WireMock's resets keep the model on. */
class WireMockCoexistenceTests {
  private static WorkSpacesMock mock;
  private static WorkSpacesClient owner;

  @BeforeAll
  static void start() {
    mock =
        WorkSpacesMock.builder()
            .seed(Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1").build())
            .start();
    owner = SdkClients.forAccount(mock, "111111111111");
  }

  @AfterAll
  static void stop() {
    owner.close();
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.wireMock().resetAll();
    mock.reset();
  }

  /** A user's static stub for DescribeWorkspaceImages, as users write them by hand. */
  private static MappingBuilder describeImagesAnswering(String body) {
    return post(urlEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo("WorkspacesService.DescribeWorkspaceImages"))
        .willReturn(
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody(body));
  }

  @Test
  void keeps_answering_from_the_model_after_wiremock_reset_all() {
    mock.wireMock().resetAll();

    assertThat(owner.describeWorkspaceImages(r -> {}).images())
        .extracting(i -> i.imageId())
        .containsExactly("wsi-golden0001");
  }

  @Test
  void keeps_answering_from_the_model_after_every_stub_was_removed_and_the_mock_reset() {
    mock.wireMock().resetMappings();
    mock.reset();

    assertThat(owner.describeWorkspaceImages(r -> {}).images()).hasSize(1);
  }

  @Test
  void lets_a_user_stub_at_default_priority_answer_instead_of_the_model() {
    mock.wireMock().stubFor(describeImagesAnswering("{\"Images\":[]}"));

    assertThat(owner.describeWorkspaceImages(r -> {}).images()).isEmpty();
    assertThat(owner.describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001")).imageId())
        .isEqualTo("wsi-golden0001");
  }

  @Test
  void hands_the_operation_back_to_the_model_once_the_user_stub_is_removed() {
    StubMapping empty = mock.wireMock().stubFor(describeImagesAnswering("{\"Images\":[]}"));
    assertThat(owner.describeWorkspaceImages(r -> {}).images()).isEmpty();

    mock.wireMock().removeStub(empty);

    assertThat(owner.describeWorkspaceImages(r -> {}).images())
        .extracting(i -> i.imageId())
        .containsExactly("wsi-golden0001");
    assertThat(mock.journal().all())
        .extracting(RecordedCall::operationName)
        .containsExactly("DescribeWorkspaceImages"); // the stubbed call never reached the model
  }

  @Test
  void an_edited_user_stub_answers_with_its_new_response() {
    StubMapping stub = mock.wireMock().stubFor(describeImagesAnswering("{\"Images\":[]}"));
    assertThat(owner.describeWorkspaceImages(r -> {}).images()).isEmpty();

    mock.wireMock()
        .editStub(
            describeImagesAnswering("{\"Images\":[{\"ImageId\":\"wsi-fromstub1\"}]}")
                .withId(stub.getId()));

    assertThat(owner.describeWorkspaceImages(r -> {}).images())
        .extracting(i -> i.imageId())
        .containsExactly("wsi-fromstub1");
  }

  @Test
  void keeps_answering_from_the_model_when_every_stub_was_removed() {
    mock.wireMock().getStubMappings().forEach(stub -> mock.wireMock().removeStub(stub));

    assertThat(mock.wireMock().getStubMappings()).isEmpty();
    assertThat(owner.describeWorkspaceImages(r -> {}).images()).hasSize(1);
  }

  @Test
  void wiremocks_own_request_journal_sees_model_answered_calls_when_asked_for() {
    try (WorkSpacesMock journaled =
            WorkSpacesMock.builder()
                .wireMockRequestJournal(100)
                .seed(Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1").build())
                .start();
        WorkSpacesClient client = SdkClients.forAccount(journaled, "111111111111")) {
      client.describeWorkspaceImages(r -> {});

      journaled
          .wireMock()
          .verify(
              1,
              postRequestedFor(urlEqualTo("/"))
                  .withHeader(
                      "X-Amz-Target", equalTo("WorkspacesService.DescribeWorkspaceImages")));
      assertThat(journaled.wireMock().getAllServeEvents())
          .singleElement()
          .satisfies(
              event ->
                  assertThat(event.getResponse().getBodyAsString()).contains("wsi-golden0001"));
    }
  }
}
