package dev.wsmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.MockBehaviour;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.standalone.internal.ServerSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The server's options left out mean what the core builder does, and the help says so from the same constants. */
class CoreDefaultsTests {
  private static ServerSettings parsed(String... args) {
    ServeCommand serve = new ServeCommand();
    Main.commandLine(
            serve, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .parseArgs(args);
    return serve.settings();
  }

  @Test
  void options_left_out_are_the_core_builders_defaults() {
    ServerSettings settings = parsed();

    assertThat(settings.imageReadyAfter()).isEqualTo(WorkSpacesMock.DEFAULT_IMAGE_READY_AFTER);
    assertThat(settings.defaultAccount()).isEqualTo(WorkSpacesMock.DEFAULT_ACCOUNT_ID);
    assertThat(settings.journalCapacity()).isEqualTo(CallJournal.DEFAULT_CAPACITY);
    assertThat(settings.behaviour()).isEqualTo(MockBehaviour.defaults());
  }

  @Test
  void one_behaviour_switch_given_leaves_every_other_switch_at_the_core_default() {
    ServerSettings settings = parsed("--tags-per-resource", "7");

    assertThat(settings.behaviour())
        .isEqualTo(MockBehaviour.defaults().toBuilder().tagsPerResource(7).build());
  }

  @Test
  void the_help_shows_each_default_from_the_core() {
    StringWriter help = new StringWriter();
    Main.commandLine(new ServeCommand(), new PrintWriter(help), new PrintWriter(new StringWriter()))
        .usage(new PrintWriter(help));
    MockBehaviour defaults = MockBehaviour.defaults();

    assertThat(help.toString().replaceAll("\\s+", " "))
        .contains("PENDING (default: " + WorkSpacesMock.DEFAULT_IMAGE_READY_AFTER + ")")
        .contains("UnknownOperationException (default: " + defaults.unknownOperationStatus() + ")")
        .contains("(default: " + defaults.constraintErrors().name() + ")")
        .contains("(default: " + defaults.revokeOfUnknownGrant().name() + ")")
        .contains("(default: " + defaults.deleteOfUnknownImage().name() + ")")
        .contains("(default: " + defaults.recipientReshare().name() + ")")
        .contains("account and region (default: " + defaults.imageQuotaPerRegion() + ")")
        .contains(
            "Custom bundles per account and region (default: " + defaults.bundleQuotaPerRegion())
        .contains("Tags per resource (default: " + defaults.tagsPerResource() + ")")
        .contains(
            "available: REJECT, CREATE (default: " + defaults.updateOfUpToDateImage().name() + ")")
        .contains("(default: " + CallJournal.DEFAULT_CAPACITY + ")");
  }
}
