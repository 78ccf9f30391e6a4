package dev.wsmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

class ServeCommandTests {
  @Test
  void serves_the_demo_seed_to_the_sdk_v2_client_which_shares_an_image_across_accounts()
      throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY);
        WorkSpacesClient outsider = Sdk.client(server.endpoint(), "333333333333")) {
      // GIVEN the demo seed's owner account
      assertThat(owner.describeWorkspaceImages(r -> {}).images())
          .extracting(WorkspaceImage::imageId)
          .contains("wsi-golden0001", "wsi-golden0002")
          .doesNotContain("wsi-partner001");
      // WHEN it shares an image
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0002").sharedAccountId("333333333333").allowCopyImage(true));
      // THEN the other account sees it, with the owner's account
      assertThat(outsider.describeWorkspaceImages(r -> r.imageType(ImageType.SHARED)).images())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.imageId()).isEqualTo("wsi-golden0002");
                assertThat(i.ownerAccountId()).isEqualTo("111111111111");
              });
    }
  }

  @Test
  void prints_the_ready_line_with_the_free_port_it_bound_on_loopback() throws Exception {
    try (RunningServer server = RunningServer.start()) {
      assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
      assertThat(server.endpoint().getPort()).isPositive();
      assertThat(server.out()).containsOnlyOnce("wsmock listening on " + server.endpoint());
    }
  }

  @Test
  void
      verbose_prints_one_line_per_call_with_account_region_operation_members_status_and_error_code()
          throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json", "--verbose");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY)) {
      assertThatThrownBy(
              () ->
                  owner.updateWorkspaceImagePermission(
                      r ->
                          r.imageId("wsi-golden0001")
                              .sharedAccountId("111111111111")
                              .allowCopyImage(true)))
          .isInstanceOf(InvalidParameterValuesException.class);
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(server.out())
                      .containsPattern(
                          "111111111111 us-east-1 UpdateWorkspaceImagePermission \\{ImageId=wsi-golden0001, "
                              + "SharedAccountId=111111111111, AllowCopyImage=true} -> 400 InvalidParameterValuesException"
                              + ".* in \\d+ µs"));
    }
  }

  @Test
  void is_quiet_about_calls_without_verbose() throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY)) {
      owner.describeWorkspaceImages(r -> {});
      assertThat(server.out().lines()).containsExactly("wsmock listening on " + server.endpoint());
    }
  }

  @Test
  void stopping_prints_a_line_closes_the_port_and_exits_0() throws Exception {
    RunningServer server = RunningServer.start();
    int exitCode = server.stop();
    assertThat(exitCode).isZero();
    assertThat(server.out()).endsWith("wsmock stopped" + System.lineSeparator());
    assertThatThrownBy(() -> Http.get(server.endpoint(), "/__admin/workspaces/state"))
        .isInstanceOf(java.net.ConnectException.class);
  }

  @Test
  void a_stop_sent_the_moment_the_ready_line_appears_stops_the_server() {
    // The ready line is printed before the command knows its server: a stop sent on seeing it (as
    // tests and
    // supervisors do) once found nothing to stop and the command served on forever.
    ServeCommand command = new ServeCommand();
    StringWriter out = new StringWriter();
    PrintWriter stopsOnReady =
        new PrintWriter(out, true) {
          @Override
          public void println(String line) {
            super.println(line);
            if (line.startsWith("wsmock listening on ")) {
              command
                  .stop(); // on the server's own thread, before start() has returned: the narrowest
              // window
            }
          }
        };
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                Main.commandLine(command, stopsOnReady, new PrintWriter(new StringWriter(), true))
                    .execute("--port", "0"),
            ServeCommandTests::daemon);

    assertThat(exit).succeedsWithin(Duration.ofSeconds(60)).isEqualTo(0);
    assertThat(out.toString())
        .contains("wsmock listening on ")
        .endsWith("wsmock stopped" + System.lineSeparator());
  }

  /** A thread of its own, so a server that never stops cannot hold up other tests' async work in a shared pool. */
  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "wsmock-serve-under-test");
    thread.setDaemon(true);
    thread.start();
  }

  @Test
  void image_ready_after_zero_makes_new_images_available_at_once() throws Exception {
    try (RunningServer server =
            RunningServer.start("--seed", "demo-seed.json", "--image-ready-after", "0");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY)) {
      String copyId =
          owner
              .copyWorkspaceImage(
                  r -> r.name("copy-now").sourceImageId("wsi-golden0001").sourceRegion("us-east-1"))
              .imageId();
      assertThat(owner.describeWorkspaceImages(r -> r.imageIds(copyId)).images())
          .singleElement()
          .extracting(i -> i.stateAsString())
          .isEqualTo("AVAILABLE");
    }
  }
}
