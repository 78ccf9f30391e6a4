package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.GOV;
import static dev.wsmock.junit5.Kit.OWNER;
import static dev.wsmock.junit5.Kit.RECIPIENT;
import static dev.wsmock.junit5.Kit.assertAllPassed;
import static dev.wsmock.junit5.Kit.failures;
import static dev.wsmock.junit5.Kit.reported;
import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.CallJournal;
import dev.wsmock.ImageState;
import dev.wsmock.ManualClock;
import dev.wsmock.Operation;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.WorkSpacesMockTest.ClockMode;
import dev.wsmock.junit5.WorkSpacesMockTest.Isolation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.workspaces.WorkSpacesAsyncClient;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImageType;

class WorkSpacesMockExtensionTests {

  @Test
  void shares_one_mock_per_class_and_resets_it_to_the_seed_before_each_test() {
    EngineExecutionResults results = run(PerClassTestCase.class);

    assertAllPassed(results, 2);
    List<String> ports = reported(results, "port");
    assertThat(ports).hasSize(3).containsOnly(ports.get(0));
  }

  @Test
  void closes_its_mocks_itself_when_the_store_is_told_not_to() {
    Map<String, String> noAutoClose =
        Map.of("junit.jupiter.extensions.store.close.autocloseable.enabled", "false");

    EngineExecutionResults perClass = run(PerClassTestCase.class, noAutoClose);
    EngineExecutionResults perMethod = run(PerMethodTestCase.class, noAutoClose);

    assertAllPassed(perClass, 2);
    assertAllPassed(perMethod, 2);
    for (String port :
        List.of(
            reported(perClass, "port").get(0),
            reported(perMethod, "port").get(0),
            reported(perMethod, "port").get(1))) {
      assertThatThrownBy(() -> new Socket("127.0.0.1", Integer.parseInt(port)).close())
          .as("port %s after the run", port)
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void gives_each_test_its_own_mock_with_isolation_per_method() {
    EngineExecutionResults results = run(PerMethodTestCase.class);

    assertAllPassed(results, 2);
    assertThat(reported(results, "mock")).doesNotHaveDuplicates().hasSize(2);
  }

  @Test
  void lets_nested_classes_use_the_enclosing_class_mock() {
    EngineExecutionResults results = run(NestedTestCase.class);

    assertAllPassed(results, 2);
    assertThat(reported(results, "port")).hasSize(2).containsOnly(reported(results, "port").get(0));
  }

  @Test
  void is_inherited_by_subclasses_of_an_annotated_class() {
    assertAllPassed(run(InheritingTestCase.class), 1);
  }

  @Test
  void works_as_a_meta_annotation_with_its_options() {
    assertAllPassed(run(ComposedAnnotationTestCase.class), 1);
  }

  @Test
  void injects_clients_per_account_and_region_and_builds_each_once_per_scope() {
    EngineExecutionResults results = run(ClientInjectionTestCase.class);

    assertAllPassed(results, 2);
    assertThat(failures(results)).isEmpty();
  }

  @Test
  void injects_fields_before_each_test() {
    assertAllPassed(run(FieldInjectionTestCase.class), 1);
  }

  @Test
  void registered_in_a_static_field_serves_the_class_with_one_mock() {
    EngineExecutionResults results = run(StaticRegistrationTestCase.class);

    assertAllPassed(results, 2);
    assertThat(reported(results, "port")).hasSize(2).containsOnly(reported(results, "port").get(0));
  }

  @Test
  void registered_in_an_instance_field_gives_each_test_a_mock() {
    EngineExecutionResults results = run(InstanceRegistrationTestCase.class);

    assertAllPassed(results, 2);
    assertThat(reported(results, "mock")).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void a_manual_clock_keeps_copies_pending_until_the_test_moves_it() {
    assertAllPassed(run(ManualClockTestCase.class), 1);
  }

  @Test
  void loads_seed_files_from_the_classpath() {
    assertAllPassed(run(SeedFileTestCase.class), 1);
  }

  // ---- fixtures: run only through the engine (surefire excludes *TestCase*) ----

  @WorkSpacesMockTest(defaultAccount = OWNER)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClassTestCase {
    @BeforeAll
    static void before_all(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("port", String.valueOf(mock.port()));
      Given.on(mock)
          .as(OWNER)
          .image("wsi-fromall001"); // gone after the first reset: reset returns to the seed
    }

    @Test
    @Order(1)
    void first_shares_an_image(
        WorkSpacesMock mock, Given given, WorkSpacesClient owner, TestReporter reporter) {
      reporter.publishEntry("port", String.valueOf(mock.port()));
      given.image("wsi-golden0001");
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(true));
      assertThat(mock.image("us-east-1", "wsi-golden0001").orElseThrow().isSharedWith(RECIPIENT))
          .isTrue();
    }

    @Test
    @Order(2)
    void second_starts_from_the_seed(
        WorkSpacesMock mock, CallJournal journal, WorkSpacesClient client, TestReporter reporter) {
      reporter.publishEntry("port", String.valueOf(mock.port()));
      assertThat(mock.images("us-east-1")).isEmpty();
      assertThat(journal.all()).isEmpty();
      assertThat(client.describeWorkspaceImages(r -> {}).images())
          .isEmpty(); // the shared mock still serves
    }
  }

  @WorkSpacesMockTest(isolation = Isolation.PER_METHOD)
  static class PerMethodTestCase {
    @Test
    void one(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("port", String.valueOf(mock.port()));
      Kit.publishMockIdentity(reporter, mock);
    }

    @Test
    void two(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("port", String.valueOf(mock.port()));
      Kit.publishMockIdentity(reporter, mock);
    }
  }

  @WorkSpacesMockTest
  static class NestedTestCase {
    @Test
    void outer(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("port", String.valueOf(mock.port()));
    }

    @Nested
    class Inner {
      @Test
      void inner(WorkSpacesMock mock, WorkSpacesClient client, TestReporter reporter) {
        reporter.publishEntry("port", String.valueOf(mock.port()));
        assertThat(client.describeWorkspaceImages(r -> {}).images()).isEmpty();
      }
    }
  }

  @WorkSpacesMockTest(region = "eu-west-1")
  abstract static class AnnotatedBase {}

  static class InheritingTestCase extends AnnotatedBase {
    @Test
    void uses_the_base_class_options(Given given, WorkSpacesMock mock) {
      given.image("wsi-inherited01");
      assertThat(mock.image("eu-west-1", "wsi-inherited01")).isPresent();
    }
  }

  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @WorkSpacesMockTest(
      defaultAccount = OWNER,
      region = "us-west-2",
      clock = ClockMode.MANUAL,
      manualClockStart = "2030-06-01T00:00:00Z",
      seed = "classpath:seeds/golden.json")
  @interface GoldenImageTest {}

  @GoldenImageTest
  static class ComposedAnnotationTestCase {
    @Test
    void takes_options_from_the_composed_annotation(
        ManualClock clock, WorkSpacesMock mock, WorkSpacesClient client) {
      assertThat(clock.instant()).isEqualTo(Instant.parse("2030-06-01T00:00:00Z"));
      assertThat(client.describeWorkspaceImages(r -> r.imageType(ImageType.OWNED)).images())
          .extracting(i -> i.imageId())
          .containsExactly("wsi-seeded0002");
    }
  }

  @WorkSpacesMockTest
  static class ClientInjectionTestCase {
    @Test
    void clients_call_as_their_account_and_region(
        Given given,
        @Account(OWNER) WorkSpacesClient owner,
        @Account(RECIPIENT) WorkSpacesClient recipient,
        @Account(value = GOV, region = "us-gov-west-1") WorkSpacesClient gov,
        @Account(OWNER) WorkSpacesAsyncClient ownerAsync,
        CallJournal journal) {
      given.image("wsi-golden0001", i -> i.ownedBy(OWNER).sharedWith(RECIPIENT));
      given.image("wsi-govimage01", i -> i.ownedBy(GOV).inRegion("us-gov-west-1"));

      assertThat(recipient.describeWorkspaceImages(r -> r.imageType(ImageType.SHARED)).images())
          .hasSize(1);
      assertThat(gov.describeWorkspaceImages(r -> {}).images())
          .extracting(i -> i.imageId())
          .containsExactly("wsi-govimage01");
      assertThat(ownerAsync.describeWorkspaceImages(r -> {}).join().images()).hasSize(1);
      assertThat(owner.describeWorkspaceImages(r -> {}).images()).hasSize(1);
      assertThat(journal.all())
          .extracting(c -> c.accountId() + "@" + c.region())
          .containsExactly(
              RECIPIENT + "@us-east-1",
              GOV + "@us-gov-west-1",
              OWNER + "@us-east-1",
              OWNER + "@us-east-1");
    }

    @Test
    void the_same_account_gets_the_same_client(
        @Account(OWNER) WorkSpacesClient a,
        @Account(OWNER) WorkSpacesClient b,
        WorkSpacesClient defaultAccount) {
      assertThat(a).isSameAs(b).isNotSameAs(defaultAccount);
    }
  }

  @WorkSpacesMockTest(clock = ClockMode.MANUAL)
  static class FieldInjectionTestCase {
    @InjectMock WorkSpacesMock mock;
    @InjectMock CallJournal journal;
    @InjectMock Given given;
    @InjectMock ManualClock clock;

    @Account(OWNER)
    WorkSpacesClient owner;

    @Test
    void fields_are_set() {
      given.image("wsi-fieldinj01", i -> i.ownedBy(OWNER));
      owner.deleteWorkspaceImage(r -> r.imageId("wsi-fieldinj01"));
      assertThat(mock.image("us-east-1", "wsi-fieldinj01")).isEmpty();
      assertThat(journal.calls(Operation.DELETE_WORKSPACE_IMAGE)).hasSize(1);
      assertThat(clock).isSameAs(mock.clock());
    }
  }

  static class StaticRegistrationTestCase {
    @RegisterExtension
    static WorkSpacesMockExtension workspaces =
        WorkSpacesMockExtension.builder().defaultAccount(OWNER).build();

    @Test
    void one(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("port", String.valueOf(mock.port()));
    }

    @Test
    void two(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("port", String.valueOf(mock.port()));
    }
  }

  static class InstanceRegistrationTestCase {
    @RegisterExtension
    WorkSpacesMockExtension workspaces = WorkSpacesMockExtension.builder().build();

    @Test
    void one(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("port", String.valueOf(mock.port()));
      Kit.publishMockIdentity(reporter, mock);
    }

    @Test
    void two(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("port", String.valueOf(mock.port()));
      Kit.publishMockIdentity(reporter, mock);
    }
  }

  static class ManualClockTestCase {
    @RegisterExtension
    static WorkSpacesMockExtension workspaces =
        WorkSpacesMockExtension.builder()
            .defaultAccount(OWNER)
            .manualClock(Instant.parse("2026-01-01T00:00:00Z"))
            .imageReadyAfter(Duration.ofMinutes(45))
            .build();

    @Test
    void copy_ripens_when_the_clock_moves(
        Given given,
        WorkSpacesClient owner,
        @Account(value = OWNER, region = "us-west-2") WorkSpacesClient west,
        ManualClock clock,
        WorkSpacesMock mock) {
      given.image("wsi-golden0001");
      String copy =
          west.copyWorkspaceImage(
                  r -> r.name("copy").sourceImageId("wsi-golden0001").sourceRegion("us-east-1"))
              .imageId();
      assertThat(mock.image("us-west-2", copy).orElseThrow().state()).isEqualTo(ImageState.PENDING);

      clock.advance(Duration.ofMinutes(45));

      assertThat(mock.image("us-west-2", copy).orElseThrow().state())
          .isEqualTo(ImageState.AVAILABLE);
    }
  }

  @WorkSpacesMockTest(
      seed = "classpath:seeds/golden.json",
      defaultAccount = OWNER,
      region = "us-west-2")
  static class SeedFileTestCase {
    @Test
    void seeded_images_exist(WorkSpacesMock mock) {
      assertThat(mock.image("us-west-2", "wsi-seeded0002")).isPresent();
    }
  }
}
