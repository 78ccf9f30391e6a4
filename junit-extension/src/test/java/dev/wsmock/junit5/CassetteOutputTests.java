package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.OWNER;
import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.Seed;
import dev.wsmock.junit5.WorkSpacesMockTest.Isolation;
import dev.wsmock.scenarios.cassettes.Cassette;
import dev.wsmock.scenarios.cassettes.ContractVerifier;
import dev.wsmock.scenarios.cassettes.Exchange;
import dev.wsmock.scenarios.cassettes.VerificationReport;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/** {@code -Dwsmock.cassettes=DIR}: each test's traffic through injected clients becomes a cassette of its own. */
class CassetteOutputTests {
  private static final String FIXTURE = CassettesTestCase.class.getName();

  @Test
  void each_test_writes_its_own_calls_and_a_test_without_calls_writes_nothing(@TempDir Path dir) {
    EngineExecutionResults results =
        run(CassettesTestCase.class, Map.of("wsmock.cassettes", dir.toString()));

    assertThat(Kit.failures(results)).isEmpty();
    results.testEvents().assertStatistics(s -> s.succeeded(5).failed(0));
    Cassette describes = Cassette.read(dir.resolve(FIXTURE + "/describes.jsonl"));
    assertThat(describes.exchanges())
        .extracting(Exchange::operation, Exchange::accountId, Exchange::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DescribeWorkspaceImages", OWNER, 200));
    assertThat(Cassette.read(dir.resolve(FIXTURE + "/fails.jsonl")).exchanges())
        .singleElement()
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("ResourceNotFoundException"));
    assertThat(Cassette.read(dir.resolve(FIXTURE + "/tags[1].jsonl")).exchanges())
        .singleElement()
        .satisfies(e -> assertThat(e.request()).containsEntry("ResourceId", "wsi-golden0001"));
    assertThat(Cassette.read(dir.resolve(FIXTURE + "/tags[2].jsonl")).exchanges())
        .singleElement()
        .satisfies(e -> assertThat(e.request()).containsEntry("ResourceId", "wsi-golden0002"));
    assertThat(dir.resolve(FIXTURE + "/callsNothing.jsonl")).doesNotExist();
  }

  @Test
  void a_written_cassette_verifies_clean_against_the_state_the_test_relied_on(@TempDir Path dir) {
    run(CassettesTestCase.class, Map.of("wsmock.cassettes", dir.toString()));

    VerificationReport report =
        ContractVerifier.verify(
            Cassette.read(dir.resolve(FIXTURE + "/describes.jsonl")),
            Seed.builder().image("wsi-golden0001", OWNER, "us-east-1", i -> i.name("g")).build());

    assertThat(report.isClean()).as(report.render()).isTrue();
  }

  @Test
  void without_the_parameter_nothing_is_written(@TempDir Path dir) {
    run(CassettesTestCase.class, Map.of()).testEvents().assertStatistics(s -> s.succeeded(5));

    assertThat(dir).isEmptyDirectory();
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, isolation = Isolation.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class CassettesTestCase {
    @Test
    @Order(1)
    void describes(Given given, WorkSpacesClient owner) {
      given.image("wsi-golden0001", i -> i.name("g"));
      assertThat(owner.describeWorkspaceImages(r -> {}).images()).hasSize(1);
    }

    @Test
    @Order(2)
    void fails(WorkSpacesClient owner) {
      assertThatThrownBy(
              () -> owner.describeWorkspaceImagePermissions(r -> r.imageId("wsi-missing0001")))
          .isInstanceOf(WorkSpacesException.class);
    }

    @ParameterizedTest
    @Order(3)
    @ValueSource(strings = {"wsi-golden0001", "wsi-golden0002"})
    void tags(String imageId, WorkSpacesClient owner) {
      try {
        owner.describeTags(r -> r.resourceId(imageId));
      } catch (WorkSpacesException expectedForTheUnknownOne) {
        // the cassette records refusals too
      }
    }

    @Test
    @Order(4)
    void callsNothing() {}
  }
}
