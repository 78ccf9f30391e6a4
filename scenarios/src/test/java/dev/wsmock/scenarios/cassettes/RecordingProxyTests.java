package dev.wsmock.scenarios.cassettes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

class RecordingProxyTests {
  private static final Seed SEED =
      Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1").build();

  @Test
  void traffic_through_the_proxy_lands_in_the_cassette_and_verifies_clean(@TempDir Path dir) {
    Path file = dir.resolve("proxied.jsonl");
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        RecordingProxy proxy = RecordingProxy.builder(mock.endpoint(), file).start();
        WorkSpacesClient owner = Clients.client(proxy.endpoint(), "111111111111", null);
        WorkSpacesClient stranger = Clients.client(proxy.endpoint(), "333333333333", null)) {
      owner.describeWorkspaceImages(r -> {});
      assertThatThrownBy(
              () -> stranger.describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001")))
          .isInstanceOf(ResourceNotFoundException.class);
      assertThat(mock.journal().size()).isEqualTo(2);
    }

    Cassette cassette = Cassette.read(file);
    assertThat(cassette.exchanges())
        .extracting(Exchange::operation, Exchange::accountId, Exchange::status, Exchange::errorCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "DescribeWorkspaceImages", "111111111111", 200, null),
            org.assertj.core.groups.Tuple.tuple(
                "DescribeWorkspaceImagePermissions",
                "333333333333",
                400,
                "ResourceNotFoundException"));
    VerificationReport report = ContractVerifier.verify(cassette, SEED);
    assertThat(report.isClean()).as(report.render()).isTrue();
  }

  @Test
  void the_proxy_answers_no_admin_request_so_no_web_page_can_repoint_or_stop_it(@TempDir Path dir)
      throws Exception {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        RecordingProxy proxy =
            RecordingProxy.builder(mock.endpoint(), dir.resolve("c.jsonl")).start();
        WorkSpacesClient owner = Clients.client(proxy.endpoint(), "111111111111", null)) {
      HttpClient http = HttpClient.newHttpClient();
      for (HttpRequest request :
          List.of(
              HttpRequest.newBuilder(proxy.endpoint().resolve("/__admin/mappings")).build(),
              HttpRequest.newBuilder(proxy.endpoint().resolve("/__admin/shutdown"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpRequest.newBuilder(proxy.endpoint().resolve("/__admin/mappings"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"request\":{\"url\":\"/\"},\"response\":{\"status\":200}}"))
                  .build())) {
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
            .isEqualTo(401);
      }

      assertThat(owner.describeWorkspaceImages(r -> {}).images()).hasSize(1); // still proxying
    }
  }

  @Test
  void an_exchange_is_in_the_cassette_by_the_time_the_client_holds_its_answer(@TempDir Path dir) {
    Path file = dir.resolve("immediate.jsonl");
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        RecordingProxy proxy = RecordingProxy.builder(mock.endpoint(), file).start();
        WorkSpacesClient owner = Clients.client(proxy.endpoint(), "111111111111", null)) {
      for (int call = 1; call <= 25; call++) {
        owner.describeWorkspaceImages(r -> {});
        // No waiting: a recorder that wrote after completion would lag the client here now and
        // then.
        assertThat(proxy.exchanges()).as("exchanges after call %d", call).hasSize(call);
        assertThat(Cassette.read(file).exchanges()).hasSize(call);
      }
    }
  }

  @Test
  void a_target_that_cannot_be_reached_fails_the_call_and_records_nothing(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("unreachable.jsonl");
    URI closed;
    try (WorkSpacesMock gone = WorkSpacesMock.builder().start()) {
      closed = gone.endpoint(); // a loopback port that was just freed: nothing listens there now
    }
    try (RecordingProxy proxy = RecordingProxy.builder(closed, file).start();
        WorkSpacesClient owner = Clients.client(proxy.endpoint(), "111111111111", null)) {
      assertThatThrownBy(() -> owner.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
      assertThat(proxy.exchanges()).isEmpty();
    }
    assertThat(file).doesNotExist();
  }
}
