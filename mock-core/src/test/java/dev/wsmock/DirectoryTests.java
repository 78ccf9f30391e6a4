package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OTHER_REGION;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceDirectoriesFilterName;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceDirectoriesResponse;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.InvalidResourceStateException;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.RegisterWorkspaceDirectoryResponse;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.Tenancy;
import software.amazon.awssdk.services.workspaces.model.UserIdentityType;
import software.amazon.awssdk.services.workspaces.model.ValidationException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceDirectory;
import software.amazon.awssdk.services.workspaces.model.WorkspaceDirectoryState;
import software.amazon.awssdk.services.workspaces.model.WorkspaceType;

/**
 * RegisterWorkspaceDirectory, DescribeWorkspaceDirectories and DeregisterWorkspaceDirectory: directories per account
 * and region, REGISTERING then REGISTERED on the mock's clock, and every refusal leaving the state as it was.
 */
class DirectoryTests {
  static final Duration DELAY = Duration.ofMinutes(20);
  static final ManualClock CLOCK = ManualClock.at(SeedFixtures.T0);
  static final Seed SEED =
      Seed.builder()
          .directory("d-0000000001", OWNER, REGION)
          .directory("d-0000000002", OWNER, REGION, d -> d.state(DirectoryState.REGISTERING))
          .directory("d-0000000003", OWNER, REGION)
          .workspace("ws-user00001", OWNER, REGION, w -> w.directoryId("d-0000000003"))
          .build();

  @RegisterExtension
  static final MockHarness aws =
      MockHarness.perClass(b -> b.seed(SEED).clock(CLOCK).imageReadyAfter(DELAY));

  private static WorkspaceDirectory described(WorkSpacesClient client, String directoryId) {
    List<WorkspaceDirectory> found =
        client.describeWorkspaceDirectories(r -> r.directoryIds(directoryId)).directories();
    assertThat(found).hasSizeLessThanOrEqualTo(1);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<String> allPages(WorkSpacesClient client, int limit) {
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      DescribeWorkspaceDirectoriesResponse page =
          client.describeWorkspaceDirectories(r -> r.limit(limit).nextToken(next));
      assertThat(page.directories()).hasSizeLessThanOrEqualTo(limit);
      page.directories().forEach(d -> seen.add(d.directoryId()));
      token = page.nextToken();
    } while (token != null);
    return seen;
  }

  @Test
  void without_self_service_a_user_may_only_restart_their_workspace() {
    aws.as(OWNER).registerWorkspaceDirectory(r -> r.directoryId("d-1234567899"));

    WorkspaceDirectory directory = described(aws.as(OWNER), "d-1234567899");
    assertThat(directory.selfservicePermissions().restartWorkspaceAsString()).isEqualTo("ENABLED");
    assertThat(directory.selfservicePermissions().rebuildWorkspaceAsString()).isEqualTo("DISABLED");
    assertThat(directory.selfservicePermissions().changeComputeTypeAsString())
        .isEqualTo("DISABLED");
  }

  @Test
  void a_registered_directory_is_registering_then_registered_on_the_mock_clock_then_deregistered() {
    RegisterWorkspaceDirectoryResponse registered =
        aws.as(OWNER)
            .registerWorkspaceDirectory(
                r ->
                    r.directoryId("d-1234567890")
                        .subnetIds("subnet-0123456789abcdef0", "subnet-0123456789abcdef1")
                        .enableSelfService(true)
                        .tenancy(Tenancy.DEDICATED));
    assertThat(registered.directoryId()).isEqualTo("d-1234567890");
    assertThat(registered.state()).isEqualTo(WorkspaceDirectoryState.REGISTERING);

    WorkspaceDirectory registering = described(aws.as(OWNER), "d-1234567890");
    assertThat(registering.state()).isEqualTo(WorkspaceDirectoryState.REGISTERING);
    assertThat(registering.alias()).isEqualTo("d-1234567890");
    assertThat(registering.registrationCode()).matches("WSMOCK\\+[0-9A-Z]{9}");
    assertThat(registering.subnetIds())
        .containsExactly("subnet-0123456789abcdef0", "subnet-0123456789abcdef1");
    assertThat(registering.tenancy()).isEqualTo(Tenancy.DEDICATED);
    assertThat(registering.selfservicePermissions().rebuildWorkspaceAsString())
        .isEqualTo("ENABLED");
    assertThat(registering.workspaceCreationProperties().enableInternetAccess()).isFalse();
    assertThat(registering.workspaceCreationProperties().userEnabledAsLocalAdministrator())
        .isTrue();
    assertThat(
            rejectsWithoutChange(
                    aws.mock(),
                    () ->
                        aws.as(OWNER)
                            .deregisterWorkspaceDirectory(r -> r.directoryId("d-1234567890")),
                    InvalidResourceStateException.class,
                    "InvalidResourceStateException")
                .awsErrorDetails()
                .errorMessage())
        .isEqualTo(
            "The specified directory is not in a valid state. Confirm that the directory has a status of Active, and try again.");

    CLOCK.advance(DELAY.minusSeconds(1));
    assertThat(described(aws.as(OWNER), "d-1234567890").state())
        .isEqualTo(WorkspaceDirectoryState.REGISTERING);
    CLOCK.advance(Duration.ofSeconds(1));
    WorkspaceDirectory ready = described(aws.as(OWNER), "d-1234567890");
    assertThat(ready.state()).isEqualTo(WorkspaceDirectoryState.REGISTERED);
    assertThat(ready.registrationCode()).isEqualTo(registering.registrationCode());

    aws.as(OWNER).deregisterWorkspaceDirectory(r -> r.directoryId("d-1234567890"));
    assertThat(described(aws.as(OWNER), "d-1234567890")).isNull();
  }

  @Test
  void a_seeded_registering_directory_becomes_registered_after_the_delay() {
    assertThat(described(aws.as(OWNER), "d-0000000002").state())
        .isEqualTo(WorkspaceDirectoryState.REGISTERING);
    CLOCK.advance(DELAY);
    assertThat(described(aws.as(OWNER), "d-0000000002").state())
        .isEqualTo(WorkspaceDirectoryState.REGISTERED);
  }

  @Test
  void registering_without_a_directory_id_makes_a_wsd_directory() {
    RegisterWorkspaceDirectoryResponse registered =
        aws.as(OWNER).registerWorkspaceDirectory(r -> r.workspaceDirectoryName("pools"));
    assertThat(registered.directoryId()).matches("wsd-[0-9a-z]{9}");
    assertThat(described(aws.as(OWNER), registered.directoryId()).workspaceDirectoryName())
        .isEqualTo("pools");
  }

  @Test
  void registering_a_directory_twice_is_ResourceAlreadyExists() {
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(OWNER).registerWorkspaceDirectory(r -> r.directoryId("d-0000000001")),
        ResourceAlreadyExistsException.class,
        "ResourceAlreadyExistsException");
  }

  @Test
  void an_ill_formed_directory_id_or_input_is_refused_by_the_contract() {
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(OWNER).registerWorkspaceDirectory(r -> r.directoryId("d-NOTHEX0001")),
        ValidationException.class,
        "ValidationException");
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .registerWorkspaceDirectory(
                    r ->
                        r.directoryId("d-1234567891")
                            .subnetIds("subnet-1", "subnet-2", "subnet-3")),
        ValidationException.class,
        "ValidationException");
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .registerWorkspaceDirectory(
                    r -> r.directoryId("d-1234567891").tags(t -> t.key("aws:reserved").value("v"))),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  @Test
  void deregistering_refuses_unknown_and_other_accounts_directories_and_those_with_workspaces() {
    assertThat(
            rejectsWithoutChange(
                    aws.mock(),
                    () ->
                        aws.as(OWNER)
                            .deregisterWorkspaceDirectory(r -> r.directoryId("d-9999999999")),
                    ResourceNotFoundException.class,
                    "ResourceNotFoundException")
                .awsErrorDetails()
                .errorMessage())
        .isEqualTo(
            "The specified directory could not be found. Confirm that the directory exists in your AWS account and that you own the directory.");
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(RECIPIENT).deregisterWorkspaceDirectory(r -> r.directoryId("d-0000000001")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    assertThat(
            rejectsWithoutChange(
                    aws.mock(),
                    () ->
                        aws.as(OWNER)
                            .deregisterWorkspaceDirectory(r -> r.directoryId("d-0000000003")),
                    OperationNotSupportedException.class,
                    "OperationNotSupportedException")
                .awsErrorDetails()
                .errorMessage())
        .isEqualTo(
            "There are WorkSpaces assigned to this directory. You must remove the WorkSpaces before you deregister the directory.");
  }

  @Test
  void another_account_or_region_sees_none_of_the_directories_and_may_register_the_same_id() {
    assertThat(aws.as(RECIPIENT).describeWorkspaceDirectories(r -> {}).directories()).isEmpty();
    assertThat(aws.as(OWNER, OTHER_REGION).describeWorkspaceDirectories(r -> {}).directories())
        .isEmpty();

    aws.as(RECIPIENT).registerWorkspaceDirectory(r -> r.directoryId("d-0000000001"));
    assertThat(described(aws.as(RECIPIENT), "d-0000000001")).isNotNull();
    assertThat(aws.as(OWNER).describeWorkspaceDirectories(r -> {}).directories()).hasSize(3);
  }

  @Test
  void pages_with_Limit_and_filters_by_DirectoryIds() {
    for (int n = 4; n <= 7; n++) {
      String id = "d-000000000" + n;
      aws.as(OWNER).registerWorkspaceDirectory(r -> r.directoryId(id));
    }
    assertThat(allPages(aws.as(OWNER), 2))
        .containsExactly(
            "d-0000000001",
            "d-0000000002",
            "d-0000000003",
            "d-0000000004",
            "d-0000000005",
            "d-0000000006",
            "d-0000000007");
    assertThat(
            aws.as(OWNER)
                .describeWorkspaceDirectories(
                    r -> r.directoryIds("d-0000000005", "d-0000000001", "d-9999999999"))
                .directories())
        .extracting(WorkspaceDirectory::directoryId)
        .containsExactly("d-0000000001", "d-0000000005");
  }

  @Test
  void the_sdk_paginator_reads_every_page() {
    for (int n = 4; n <= 6; n++) {
      String id = "d-000000000" + n;
      aws.as(OWNER).registerWorkspaceDirectory(r -> r.directoryId(id));
    }
    assertThat(aws.as(OWNER).describeWorkspaceDirectoriesPaginator(r -> r.limit(2)).directories())
        .extracting(WorkspaceDirectory::directoryId)
        .containsExactly(
            "d-0000000001",
            "d-0000000002",
            "d-0000000003",
            "d-0000000004",
            "d-0000000005",
            "d-0000000006");
  }

  @Test
  void
      a_deregistered_directory_can_be_registered_again_and_is_registered_at_once_without_a_delay() {
    aws.as(OWNER).deregisterWorkspaceDirectory(r -> r.directoryId("d-0000000001"));
    assertThat(described(aws.as(OWNER), "d-0000000001")).isNull();

    try (MockHarness instant = MockHarness.start(Seed.empty())) {
      assertThat(
              instant
                  .as(OWNER)
                  .registerWorkspaceDirectory(r -> r.directoryId("d-0000000001"))
                  .state())
          .isEqualTo(WorkspaceDirectoryState.REGISTERED);
      instant.as(OWNER).deregisterWorkspaceDirectory(r -> r.directoryId("d-0000000001"));
      instant.as(OWNER).registerWorkspaceDirectory(r -> r.directoryId("d-0000000001"));
      assertThat(described(instant.as(OWNER), "d-0000000001").state())
          .isEqualTo(WorkspaceDirectoryState.REGISTERED);
    }
  }

  @Test
  void filters_by_name_identity_type_and_workspace_type_together() {
    aws.as(OWNER)
        .registerWorkspaceDirectory(
            r ->
                r.directoryId("wsd-pools0001")
                    .workspaceDirectoryName("pools")
                    .userIdentityType(UserIdentityType.CUSTOMER_MANAGED)
                    .workspaceType(WorkspaceType.POOLS));
    aws.as(OWNER)
        .registerWorkspaceDirectory(
            r -> r.directoryId("wsd-personal01").workspaceDirectoryName("pools"));

    assertThat(
            aws.as(OWNER)
                .describeWorkspaceDirectories(r -> r.workspaceDirectoryNames("pools"))
                .directories())
        .extracting(WorkspaceDirectory::directoryId)
        .containsExactly("wsd-personal01", "wsd-pools0001");
    assertThat(
            aws.as(OWNER)
                .describeWorkspaceDirectories(
                    r ->
                        r.filters(
                            f ->
                                f.name(DescribeWorkspaceDirectoriesFilterName.WORKSPACE_TYPE)
                                    .values("POOLS")))
                .directories())
        .extracting(WorkspaceDirectory::directoryId)
        .containsExactly("wsd-pools0001");
    assertThat(
            aws.as(OWNER)
                .describeWorkspaceDirectories(
                    r ->
                        r.filters(
                            f ->
                                f.name(DescribeWorkspaceDirectoriesFilterName.USER_IDENTITY_TYPE)
                                    .values("AWS_DIRECTORY_SERVICE")))
                .directories())
        .extracting(WorkspaceDirectory::directoryId)
        .containsExactly("d-0000000001", "d-0000000002", "d-0000000003");
    assertThat(
            aws.as(OWNER)
                .describeWorkspaceDirectories(
                    r ->
                        r.workspaceDirectoryNames("pools")
                            .filters(
                                f ->
                                    f.name(DescribeWorkspaceDirectoriesFilterName.WORKSPACE_TYPE)
                                        .values("PERSONAL")))
                .directories())
        .extracting(WorkspaceDirectory::directoryId)
        .containsExactly("wsd-personal01");
  }

  @Test
  void a_token_from_another_filter_account_or_region_is_refused() {
    String token = aws.as(OWNER).describeWorkspaceDirectories(r -> r.limit(1)).nextToken();
    assertThat(token).isNotNull();
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .describeWorkspaceDirectories(r -> r.directoryIds("d-0000000001").nextToken(token)),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(RECIPIENT).describeWorkspaceDirectories(r -> r.nextToken(token)),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(OWNER, OTHER_REGION).describeWorkspaceDirectories(r -> r.nextToken(token)),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(OWNER).describeWorkspaceDirectories(r -> r.limit(26)),
        ValidationException.class,
        "ValidationException");
  }

  @Test
  void directories_round_trip_through_an_exported_seed() {
    aws.as(OWNER)
        .registerWorkspaceDirectory(
            r ->
                r.directoryId("wsd-roundtrip1")
                    .subnetIds("subnet-0123456789abcdef0")
                    .enableSelfService(true)
                    .workspaceDirectoryName("round trip")
                    .workspaceDirectoryDescription("kept"));
    String exported = aws.mock().exportStateJson();
    assertThat(exported).contains("\"Directories\"", "wsd-roundtrip1", "ws-user00001");

    try (WorkSpacesMock again =
        WorkSpacesMock.builder().clock(CLOCK).imageReadyAfter(DELAY).start()) {
      again.loadSeedJson(exported, "exported.json");
      assertThat(again.exportStateJson()).isEqualTo(exported);
    }
  }

  @Test
  void a_seed_refuses_a_directory_registered_twice_and_ill_formed_ids() {
    SeedException twice =
        catchThrowableOfType(
            SeedException.class,
            () ->
                aws.mock()
                    .seed(
                        Seed.builder()
                            .directory("d-0000000009", OWNER, REGION)
                            .directory("d-0000000009", OWNER, REGION)
                            .build()));
    assertThat(twice).hasMessageContaining("$.Directories[1].DirectoryId");

    SeedException illFormed =
        catchThrowableOfType(
            SeedException.class,
            () -> aws.mock().seed(Seed.builder().directory("dir-1", OWNER, REGION).build()));
    assertThat(illFormed).hasMessageContaining("$.Directories[0].DirectoryId");

    SeedException workspace =
        catchThrowableOfType(
            SeedException.class,
            () ->
                aws.mock()
                    .seed(
                        Seed.builder()
                            .workspace("ws-user00009", OWNER, REGION, w -> w.directoryId("dir-1"))
                            .build()));
    assertThat(workspace).hasMessageContaining("$.Workspaces[0].DirectoryId");
  }
}
