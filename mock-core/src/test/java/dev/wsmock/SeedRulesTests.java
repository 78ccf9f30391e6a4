package dev.wsmock;

import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceBundle;

/**
 * The seed rules member by member, each refusal naming its path and what was expected, and what a seed leaves behind:
 * accounts, keys and secrets that a reset forgets, workspaces and accounts in the export, ids the generator skips.
 */
class SeedRulesTests {
  private final WorkSpacesMock mock = WorkSpacesMock.builder().start();

  @AfterEach
  void close() {
    mock.close();
  }

  private static SeedException refusedBy(WorkSpacesMock target, String json) {
    String before = target.exportStateJson();
    SeedException error =
        catchThrowableOfType(SeedException.class, () -> target.loadSeedJson(json, "seed.json"));
    assertThat(error).as("a SeedException for %s", json).isNotNull();
    assertThat(target.exportStateJson()).as("a refused seed adds nothing").isEqualTo(before);
    return error;
  }

  private SeedException refused(String json) {
    return refusedBy(mock, json);
  }

  private static WorkSpacesClient client(WorkSpacesMock target, String key, String secret) {
    return WorkSpacesClient.builder()
        .endpointOverride(target.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
        .build();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"DefaultAccountId\": \"12345\"}|$.DefaultAccountId|expected a 12-digit account id, got '12345'",
        "{\"Accounts\": [{\"AccountId\": \"1111\"}]}|$.Accounts[0].AccountId|expected a 12-digit account id",
        "{\"Accounts\": [{\"AccountId\": \"111111111111\"}, {\"AccountId\": \"111111111111\"}]}"
            + "|$.Accounts[1].AccountId|account 111111111111 is listed twice",
        "{\"Workspaces\": [{\"WorkspaceId\": \"workspace-1\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"us-east-1\"}]}|$.Workspaces[0].WorkspaceId|a WorkSpace id like ws-a1b2c3d4e",
        "{\"Workspaces\": [{\"WorkspaceId\": \"ws-golden001\", \"OwnerAccountId\": \"owner\","
            + " \"Region\": \"us-east-1\"}]}|$.Workspaces[0].OwnerAccountId|expected a 12-digit account id",
        "{\"Workspaces\": [{\"WorkspaceId\": \"ws-golden001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"zz-fake-9\"}]}|$.Workspaces[0].Region|an AWS region name such as us-east-1",
        "{\"Workspaces\": [{\"WorkspaceId\": \"ws-golden001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"us-east-1\", \"BundleId\": \"bundle-1\"}]}|$.Workspaces[0].BundleId|a bundle id"
            + " like wsb-a1b2c3d4e",
        "{\"Workspaces\": [{\"WorkspaceId\": \"ws-golden001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"us-east-1\"}, {\"WorkspaceId\": \"ws-golden001\", \"OwnerAccountId\":"
            + " \"111111111111\", \"Region\": \"us-east-1\"}]}|$.Workspaces[1].WorkspaceId|is already defined"
            + " in this seed",
        "{\"Bundles\": [{\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\": \"owner\","
            + " \"Region\": \"us-east-1\"}]}|$.Bundles[0].OwnerAccountId|expected a 12-digit account id",
        "{\"Bundles\": [{\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"-\"}]}|$.Bundles[0].Region|got '-'",
        "{\"Bundles\": [{\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"us-east-1\"}, {\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\":"
            + " \"111111111111\", \"Region\": \"us-east-1\", \"Name\": \"other\"}]}|$.Bundles[1].BundleId|is"
            + " already defined in this seed",
        "{\"Bundles\": [{\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"us-east-1\", \"ImageId\": \"wsi-nowhere01\"}]}|$.Bundles[0].ImageId|must be an"
            + " image of account 111111111111 in us-east-1",
        "{\"Images\": [{\"ImageId\": \"wsi-golden0001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"eu-west-1\"}], \"Bundles\": [{\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\":"
            + " \"111111111111\", \"Region\": \"us-east-1\", \"ImageId\": \"wsi-golden0001\"}]}"
            + "|$.Bundles[0].ImageId|must be an image of account 111111111111 in us-east-1",
        "{\"Images\": [{\"ImageId\": \"wsi-golden0001\", \"OwnerAccountId\": \"222222222222\","
            + " \"Region\": \"us-east-1\"}], \"Bundles\": [{\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\":"
            + " \"111111111111\", \"Region\": \"us-east-1\", \"ImageId\": \"wsi-golden0001\"}]}"
            + "|$.Bundles[0].ImageId|must be an image of account 111111111111 in us-east-1",
        "{\"Images\": [{\"ImageId\": \"wsi-golden0001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"us-east-1\", \"State\": \"PENDING\", \"SharedAccountIds\": [\"222222222222\"]}]}"
            + "|$.Images[0].SharedAccountIds|only AVAILABLE images can be shared; this one is PENDING",
        "{\"Images\": [{\"ImageId\": \"wsi-golden0001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"us-east-1\\n\"}]}|$.Images[0].Region|got 'us-east-1\\u000a'"
      })
  void a_bad_member_is_refused_naming_its_path_and_what_was_expected(
      String json, String path, String problem) {
    SeedException error = refused(json);
    assertThat(error.path()).isEqualTo(path);
    assertThat(error).hasMessageContaining(problem);
  }

  @Test
  void a_long_value_is_cut_in_the_message() {
    String region = "a".repeat(100);
    SeedException error =
        refused(
            "{\"Images\": [{\"ImageId\": \"wsi-golden0001\", \"OwnerAccountId\": \"111111111111\","
                + " \"Region\": \""
                + region
                + "\"}]}");
    assertThat(error.getMessage()).endsWith("got '" + "a".repeat(64) + "...'");
  }

  @Test
  void ids_already_in_the_state_are_refused_naming_their_region() {
    mock.loadSeedJson(
        "{\"Workspaces\": [{\"WorkspaceId\": \"ws-golden001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"eu-west-1\"}], \"Bundles\": [{\"BundleId\": \"wsb-golden001\","
            + " \"OwnerAccountId\": \"111111111111\", \"Region\": \"eu-west-1\"}]}",
        "first.json");
    assertThat(
            refused(
                "{\"Workspaces\": [{\"WorkspaceId\": \"ws-golden001\", \"OwnerAccountId\":"
                    + " \"111111111111\", \"Region\": \"us-east-1\"}]}"))
        .hasMessageContaining("is already defined in eu-west-1");
    assertThat(
            refused(
                "{\"Bundles\": [{\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\":"
                    + " \"111111111111\", \"Region\": \"us-east-1\"}]}"))
        .hasMessageContaining("is already defined in eu-west-1");
  }

  @Test
  void a_bundle_on_an_image_of_the_state_must_be_of_its_owner() {
    mock.loadSeedJson(
        "{\"Images\": [{\"ImageId\": \"wsi-golden0001\", \"OwnerAccountId\": \"222222222222\","
            + " \"Region\": \"us-east-1\"}, {\"ImageId\": \"wsi-golden0002\", \"OwnerAccountId\":"
            + " \"111111111111\", \"Region\": \"us-east-1\"}]}",
        "first.json");
    assertThat(
            refused(
                    "{\"Bundles\": [{\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\": \"111111111111\","
                        + " \"Region\": \"us-east-1\", \"ImageId\": \"wsi-golden0001\"}]}")
                .path())
        .isEqualTo("$.Bundles[0].ImageId");
    mock.loadSeedJson(
        "{\"Bundles\": [{\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \"us-east-1\", \"ImageId\": \"wsi-golden0002\"}]}",
        "second.json");
  }

  @Test
  void the_bundle_quota_and_bundle_names_are_told_apart() {
    try (WorkSpacesMock small =
        WorkSpacesMock.builder()
            .behaviour(MockBehaviour.defaults().withBundleQuotaPerRegion(1))
            .start()) {
      small.loadSeedJson(
          "{\"Bundles\": [{\"BundleId\": \"wsb-golden001\", \"OwnerAccountId\": \"111111111111\","
              + " \"Region\": \"us-east-1\", \"Name\": \"b\"}]}",
          "first.json");
      assertThat(
              refusedBy(
                  small,
                  "{\"Bundles\": [{\"BundleId\": \"wsb-golden002\", \"OwnerAccountId\": \"111111111111\","
                      + " \"Region\": \"us-east-1\", \"Name\": \"b\"}]}"))
          .hasMessageContaining("already has a bundle named 'b'");
      assertThat(
              refusedBy(
                  small,
                  "{\"Bundles\": [{\"BundleId\": \"wsb-golden002\", \"OwnerAccountId\": \"111111111111\","
                      + " \"Region\": \"us-east-1\", \"Name\": \"c\"}]}"))
          .hasMessageContaining("already owns 1 bundles in us-east-1");
      // another account's bundle does not count towards this account's quota
      small.loadSeedJson(
          "{\"Bundles\": [{\"BundleId\": \"wsb-golden003\", \"OwnerAccountId\": \"222222222222\","
              + " \"Region\": \"us-east-1\", \"Name\": \"c\"}]}",
          "third.json");
    }
  }

  @Test
  void an_account_declared_again_frees_its_old_keys_for_another_account() {
    mock.loadSeedJson(
        "{\"Accounts\": [{\"AccountId\": \"111111111111\", \"AccessKeyIds\": [\"AKIAMOVINGKEY0000001\"]}]}",
        "first.json");
    mock.loadSeedJson(
        "{\"Accounts\": [{\"AccountId\": \"111111111111\"},"
            + " {\"AccountId\": \"222222222222\", \"AccessKeyIds\": [\"AKIAMOVINGKEY0000001\"]}]}",
        "second.json");
    try (WorkSpacesClient moved = client(mock, "AKIAMOVINGKEY0000001", "any")) {
      moved.describeWorkspaceImages(r -> {});
    }
    assertThat(mock.journal().all()).extracting(RecordedCall::accountId).containsExactly(RECIPIENT);
  }

  @Test
  void a_reset_forgets_the_accounts_keys_and_secrets_a_later_seed_added() {
    String strictSeed =
        "{\"Accounts\": [{\"AccountId\": \"222222222222\", \"AccessKeyIds\": [\"AKIALATERKEY00000001\"],"
            + " \"ByolEnabled\": false}], \"SecretAccessKeys\": {\"AKIALATERKEY00000001\": \"later\"}}";
    try (WorkSpacesMock strict = WorkSpacesMock.builder().strictAuth(true).start()) {
      strict.loadSeedJson(strictSeed, "later.json");
      try (WorkSpacesClient later = client(strict, "AKIALATERKEY00000001", "later")) {
        assertThat(later.describeWorkspaceImages(r -> {}).images()).isEmpty();
        assertThat(strict.exportState().accounts())
            .extracting(Seed.Account::accountId)
            .containsExactly("222222222222");

        strict.reset();

        assertThatThrownBy(() -> later.describeWorkspaceImages(r -> {}))
            .isInstanceOfSatisfying(
                WorkSpacesException.class,
                e ->
                    assertThat(e.awsErrorDetails().errorCode())
                        .isEqualTo("UnrecognizedClientException"));
        assertThat(strict.exportState().accounts()).isEmpty();
      }
    }
    mock.loadSeedJson(
        "{\"Accounts\": [{\"AccountId\": \"222222222222\", \"AccessKeyIds\": [\"AKIALATERKEY00000001\"]}]}",
        "later.json");
    mock.reset();
    try (WorkSpacesClient later = client(mock, "AKIALATERKEY00000001", "any")) {
      later.describeWorkspaceImages(r -> {});
    }
    assertThat(mock.journal().all())
        .extracting(RecordedCall::accountId)
        .containsExactly(WorkSpacesMock.DEFAULT_ACCOUNT_ID);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"AKIA/BAD\": \"s\"}|$.SecretAccessKeys['AKIA/BAD']",
        "{\"AKIAOWNEREXAMPLE0001\": \"\"}|$.SecretAccessKeys['AKIAOWNEREXAMPLE0001']",
        "{\"AKIAOWNEREXAMPLE0001\": null}|$.SecretAccessKeys['AKIAOWNEREXAMPLE0001']"
      })
  void a_strict_mock_refuses_a_secret_no_request_could_use(String secrets, String path) {
    try (WorkSpacesMock strict = WorkSpacesMock.builder().strictAuth(true).start()) {
      assertThat(refusedBy(strict, "{\"SecretAccessKeys\": " + secrets + "}").path())
          .isEqualTo(path);
    }
  }

  @Test
  void workspaces_bundles_and_accounts_are_exported_as_seeded() {
    Seed seed =
        Seed.builder()
            .account("111111111111", a -> a.accessKeyIds("AKIAOWNEREXAMPLE0001").byolEnabled(true))
            .image("wsi-golden0001", OWNER, REGION, i -> i.name("golden"))
            .workspace("ws-golden001", OWNER, REGION)
            .bundle(
                "wsb-golden001",
                OWNER,
                REGION,
                b -> b.name("kiosk").description("the kiosk bundle").imageId("wsi-golden0001"))
            .build();
    mock.seed(seed);

    Seed exported = mock.exportState();

    assertThat(exported.accounts()).containsExactlyElementsOf(seed.accounts());
    assertThat(exported.workspaces())
        .singleElement()
        .satisfies(w -> assertThat(w.workspaceId()).isEqualTo("ws-golden001"));
    assertThat(exported.bundles())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.name()).isEqualTo("kiosk");
              assertThat(b.description()).isEqualTo("the kiosk bundle");
            });
    try (WorkSpacesClient owner = SdkClients.forAccount(mock, OWNER)) {
      WorkspaceBundle bundle = owner.describeWorkspaceBundles(r -> {}).bundles().get(0);
      assertThat(bundle.description()).isEqualTo("the kiosk bundle");
      assertThat(bundle.lastUpdatedTime()).isNotNull();
    }
  }

  @Test
  void generated_ids_skip_the_ids_seeds_already_use() {
    Seed one = Seed.builder().image("wsi-golden0001", OWNER, REGION).build();
    String firstImage = firstId(one, SeedRulesTests::copy);
    String firstBundle = firstId(one, owner -> bundle(owner, "wsi-golden0001"));
    Seed imageTaken =
        Seed.builder()
            .image("wsi-golden0001", OWNER, REGION)
            .image(firstImage, RECIPIENT, "eu-west-1")
            .build();
    Seed bundleTaken =
        Seed.builder()
            .image("wsi-golden0001", OWNER, REGION)
            .bundle(firstBundle, RECIPIENT, "eu-west-1", (String) null)
            .build();

    assertThat(firstId(imageTaken, SeedRulesTests::copy))
        .isNotEqualTo(firstImage)
        .startsWith("wsi-");
    assertThat(firstId(bundleTaken, owner -> bundle(owner, "wsi-golden0001")))
        .isNotEqualTo(firstBundle)
        .startsWith("wsb-");
  }

  /** The id {@code make} gets from a fresh mock with id seed 5 and {@code seed}. */
  private static String firstId(
      Seed seed, java.util.function.Function<WorkSpacesClient, String> make) {
    try (WorkSpacesMock fresh =
            WorkSpacesMock.builder().idSeed(5).imageReadyAfter(Duration.ZERO).seed(seed).start();
        WorkSpacesClient owner = SdkClients.forAccount(fresh, OWNER)) {
      return make.apply(owner);
    }
  }

  private static String copy(WorkSpacesClient owner) {
    return owner
        .copyWorkspaceImage(
            r -> r.name("copy").sourceImageId("wsi-golden0001").sourceRegion(REGION))
        .imageId();
  }

  private static String bundle(WorkSpacesClient owner, String imageId) {
    return owner
        .createWorkspaceBundle(
            r ->
                r.bundleName("b")
                    .bundleDescription("d")
                    .imageId(imageId)
                    .computeType(c -> c.name("STANDARD"))
                    .userStorage(u -> u.capacity("50")))
        .workspaceBundle()
        .bundleId();
  }

  @Test
  void a_bundle_update_moves_its_last_updated_time() {
    try (MockHarness aws =
        MockHarness.start(
            b ->
                b.clock(ManualClock.at(SeedFixtures.T0))
                    .seed(
                        Seed.builder()
                            .image("wsi-golden0001", OWNER, REGION)
                            .image("wsi-golden0002", OWNER, REGION)
                            .bundle("wsb-golden001", OWNER, REGION, "wsi-golden0001")
                            .build()))) {
      ((ManualClock) aws.mock().clock()).advance(Duration.ofMinutes(5));
      aws.as(OWNER)
          .updateWorkspaceBundle(r -> r.bundleId("wsb-golden001").imageId("wsi-golden0002"));
      List<WorkspaceBundle> bundles = aws.as(OWNER).describeWorkspaceBundles(r -> {}).bundles();
      assertThat(bundles.get(0).lastUpdatedTime()).isEqualTo(SeedFixtures.T0.plusSeconds(300));
    }
  }
}
