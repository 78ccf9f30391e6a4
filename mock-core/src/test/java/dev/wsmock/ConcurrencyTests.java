package dev.wsmock;

import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImagePermission;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/**
 * 16 threads share, unshare, copy, delete and list at once; the final state must be one a serial order of the same
 * calls produces.
 *
 * <p>To make that decidable, every (image, recipient) pair is granted and revoked by exactly one thread, so that
 * thread's program order is the pair's linearization order and each grant/revoke outcome can be predicted exactly
 * (a revoke succeeds iff the pair is shared at that point; after the image is deleted everything is
 * ResourceNotFound). Everything else runs against those pairs concurrently: recipients copying, everyone listing,
 * the owner deleting one image whenever it happens to be unshared, and all threads granting one hot pair.
 */
class ConcurrencyTests {
  static final int THREADS = 16;
  static final int STEPS = 24;
  static final List<String> IMAGES =
      List.of("wsi-shared0000", "wsi-shared0001", "wsi-shared0002", "wsi-doomed0003");
  static final String DOOMED = "wsi-doomed0003";
  static final List<String> RECIPIENTS =
      IntStream.range(0, 8).mapToObj(n -> "20000000000" + n).toList();
  static final String HOT = "299999999999";

  /** One call and what came of it. */
  record Outcome(String kind, String imageId, String account, String code, String newImageId) {
    boolean ok() {
      return code == null;
    }
  }

  static Seed seed() {
    Seed.Builder seed = Seed.builder();
    IMAGES.forEach(id -> seed.image(id, OWNER, REGION, i -> i.created(SeedFixtures.T0)));
    return seed.build();
  }

  /** The pairs (image index, recipient index) thread {@code t} alone grants and revokes. */
  static List<int[]> pairsOf(int thread) {
    List<int[]> pairs = new ArrayList<>();
    for (int image = 0; image < IMAGES.size(); image++) {
      for (int recipient = 0; recipient < RECIPIENTS.size(); recipient++) {
        if ((image * RECIPIENTS.size() + recipient) % THREADS == thread) {
          pairs.add(new int[] {image, recipient});
        }
      }
    }
    return pairs;
  }

  private static Outcome attempt(String kind, String imageId, String account, Runnable call) {
    try {
      call.run();
      return new Outcome(kind, imageId, account, null, null);
    } catch (WorkSpacesException e) {
      return new Outcome(kind, imageId, account, e.awsErrorDetails().errorCode(), null);
    }
  }

  private static List<Outcome> work(MockHarness aws, int thread, CountDownLatch gate)
      throws InterruptedException {
    Random random = new Random(thread);
    List<int[]> pairs = pairsOf(thread);
    WorkSpacesClient owner = aws.as(OWNER);
    List<Outcome> outcomes = new ArrayList<>();
    gate.await();
    for (int step = 0; step < STEPS; step++) {
      int[] pair = pairs.get(random.nextInt(pairs.size()));
      String image = IMAGES.get(pair[0]);
      String recipient = RECIPIENTS.get(pair[1]);
      int dice = random.nextInt(10);
      if (dice < 3) {
        outcomes.add(
            attempt(
                "grant",
                image,
                recipient,
                () ->
                    owner.updateWorkspaceImagePermission(
                        r -> r.imageId(image).sharedAccountId(recipient).allowCopyImage(true))));
      } else if (dice < 6) {
        outcomes.add(
            attempt(
                "revoke",
                image,
                recipient,
                () ->
                    owner.updateWorkspaceImagePermission(
                        r -> r.imageId(image).sharedAccountId(recipient).allowCopyImage(false))));
      } else if (dice == 6) {
        String name = "copy-" + thread + "-" + step;
        try {
          String id =
              aws.as(recipient)
                  .copyWorkspaceImage(r -> r.sourceImageId(image).sourceRegion(REGION).name(name))
                  .imageId();
          outcomes.add(new Outcome("copy", image, recipient, null, id));
        } catch (WorkSpacesException e) {
          outcomes.add(
              new Outcome("copy", image, recipient, e.awsErrorDetails().errorCode(), null));
        }
      } else if (dice == 7) {
        outcomes.add(
            attempt(
                "delete", DOOMED, OWNER, () -> owner.deleteWorkspaceImage(r -> r.imageId(DOOMED))));
      } else if (dice == 8) {
        outcomes.add(
            attempt(
                "grant-hot",
                IMAGES.get(0),
                HOT,
                () ->
                    owner.updateWorkspaceImagePermission(
                        r -> r.imageId(IMAGES.get(0)).sharedAccountId(HOT).allowCopyImage(true))));
      } else {
        outcomes.add(
            attempt(
                "list", null, recipient, () -> aws.as(recipient).describeWorkspaceImages(r -> {})));
      }
    }
    // Unshare the doomed image at the end, so that a delete racing with these revokes may succeed.
    for (int[] pair : pairs) {
      if (IMAGES.get(pair[0]).equals(DOOMED)) {
        String recipient = RECIPIENTS.get(pair[1]);
        outcomes.add(
            attempt(
                "revoke",
                DOOMED,
                recipient,
                () ->
                    owner.updateWorkspaceImagePermission(
                        r -> r.imageId(DOOMED).sharedAccountId(recipient).allowCopyImage(false))));
      }
    }
    outcomes.add(
        attempt("delete", DOOMED, OWNER, () -> owner.deleteWorkspaceImage(r -> r.imageId(DOOMED))));
    return outcomes;
  }

  @Test
  void sixteen_threads_sharing_copying_and_deleting_leave_a_state_some_serial_order_produces()
      throws Exception {
    List<List<Outcome>> perThread = new CopyOnWriteArrayList<>();
    try (MockHarness aws =
        MockHarness.start(
            b ->
                b.seed(seed()).behaviour(MockBehaviour.defaults().withImageQuotaPerRegion(1000)))) {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch gate = new CountDownLatch(1);
      List<Future<List<Outcome>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> work(aws, thread, gate)));
      }
      gate.countDown();
      List<List<Outcome>> results = new ArrayList<>();
      for (Future<List<Outcome>> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      pool.shutdown();
      perThread.addAll(results);

      List<dev.wsmock.WorkspaceImage> finalImages = aws.mock().images(REGION);
      boolean doomedGone = finalImages.stream().noneMatch(i -> i.imageId().equals(DOOMED));

      onlyModelledErrors(perThread);
      eachPairEndsWhereItsThreadsSerialHistorySays(perThread, finalImages, doomedGone);
      theHotPairIsSharedExactlyOnce(perThread, aws);
      copiesAreUniqueOwnedUnsharedAndCounted(perThread, finalImages);
      listingsAgreeWithPermissions(aws, finalImages);
      if (doomedGone) {
        assertThat(aws.mock().exportStateJson()).doesNotContain(DOOMED);
      }
    }
  }

  private static void onlyModelledErrors(List<List<Outcome>> perThread) {
    Map<String, Set<String>> allowed =
        Map.of(
            "grant", Set.of("ResourceNotFoundException"),
            "revoke", Set.of("ResourceNotFoundException", "InvalidParameterValuesException"),
            "copy", Set.of("ResourceNotFoundException"),
            "delete", Set.of("ResourceAssociatedException"),
            "grant-hot", Set.of(),
            "list", Set.of());
    perThread.stream()
        .flatMap(List::stream)
        .filter(o -> !o.ok())
        .forEach(o -> assertThat(allowed.get(o.kind())).as("error of %s", o).contains(o.code()));
  }

  /**
   * Replays each thread's grants and revokes of its own pairs serially: every outcome must be the one the serial
   * model predicts, and the final permission must be the last successful change. Once the doomed image is seen
   * gone, it stays gone, and it can only have been deleted while unshared.
   */
  private static void eachPairEndsWhereItsThreadsSerialHistorySays(
      List<List<Outcome>> perThread,
      List<dev.wsmock.WorkspaceImage> finalImages,
      boolean doomedGone) {
    Map<String, dev.wsmock.WorkspaceImage> byId = new HashMap<>();
    finalImages.forEach(i -> byId.put(i.imageId(), i));
    for (List<Outcome> outcomes : perThread) {
      Map<String, Boolean> shared = new HashMap<>();
      boolean doomedSeenGone = false;
      for (Outcome o : outcomes) {
        if (!o.kind().equals("grant") && !o.kind().equals("revoke")) {
          continue;
        }
        String pair = o.imageId() + "/" + o.account();
        boolean before = shared.getOrDefault(pair, false);
        if ("ResourceNotFoundException".equals(o.code())) {
          assertThat(o.imageId()).as("only the doomed image disappears: %s", o).isEqualTo(DOOMED);
          assertThat(before).as("deleted while shared: %s", o).isFalse();
          doomedSeenGone = true;
          continue;
        }
        assertThat(o.imageId().equals(DOOMED) && doomedSeenGone)
            .as("the doomed image came back: %s", o)
            .isFalse();
        if (o.kind().equals("grant")) {
          assertThat(o.ok()).as("%s", o).isTrue();
          shared.put(pair, true);
        } else {
          assertThat(o.ok()).as("revoke succeeds iff shared: %s", o).isEqualTo(before);
          shared.put(pair, false);
        }
      }
      shared.forEach(
          (pair, isShared) -> {
            String[] parts = pair.split("/");
            dev.wsmock.WorkspaceImage image = byId.get(parts[0]);
            if (image == null) {
              assertThat(doomedGone && parts[0].equals(DOOMED))
                  .as("%s vanished", parts[0])
                  .isTrue();
              assertThat(isShared).as("%s deleted while shared", pair).isFalse();
            } else {
              assertThat(image.isSharedWith(parts[1]))
                  .as("final share of %s", pair)
                  .isEqualTo(isShared);
            }
          });
    }
  }

  private static void theHotPairIsSharedExactlyOnce(
      List<List<Outcome>> perThread, MockHarness aws) {
    boolean anyHot =
        perThread.stream().flatMap(List::stream).anyMatch(o -> o.kind().equals("grant-hot"));
    List<String> permissions =
        aws
            .as(OWNER)
            .describeWorkspaceImagePermissions(r -> r.imageId(IMAGES.get(0)))
            .imagePermissions()
            .stream()
            .map(ImagePermission::sharedAccountId)
            .toList();

    assertThat(permissions).doesNotHaveDuplicates();
    assertThat(permissions.contains(HOT)).isEqualTo(anyHot);
  }

  private static void copiesAreUniqueOwnedUnsharedAndCounted(
      List<List<Outcome>> perThread, List<dev.wsmock.WorkspaceImage> finalImages) {
    List<Outcome> copies =
        perThread.stream()
            .flatMap(List::stream)
            .filter(o -> o.kind().equals("copy") && o.ok())
            .toList();
    Set<String> grantedPairs = new HashSet<>();
    perThread.stream()
        .flatMap(List::stream)
        .filter(o -> o.kind().startsWith("grant") && o.ok())
        .forEach(o -> grantedPairs.add(o.imageId() + "/" + o.account()));

    assertThat(copies).extracting(Outcome::newImageId).doesNotHaveDuplicates();
    assertThat(finalImages).extracting(dev.wsmock.WorkspaceImage::imageId).doesNotHaveDuplicates();
    for (Outcome copy : copies) {
      assertThat(grantedPairs)
          .as("copied without a grant: %s", copy)
          .contains(copy.imageId() + "/" + copy.account());
      dev.wsmock.WorkspaceImage image =
          finalImages.stream()
              .filter(i -> i.imageId().equals(copy.newImageId()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("copy vanished: " + copy));
      assertThat(image.ownerAccountId()).isEqualTo(copy.account());
      assertThat(image.sharedAccountIds()).isEmpty();
    }
    for (String recipient : RECIPIENTS) {
      long owned = finalImages.stream().filter(i -> i.ownerAccountId().equals(recipient)).count();
      assertThat(owned)
          .as("images of %s", recipient)
          .isEqualTo(copies.stream().filter(c -> c.account().equals(recipient)).count());
    }
  }

  /** The owned/shared indexes behind DescribeWorkspaceImages agree with the permissions on each image. */
  private static void listingsAgreeWithPermissions(
      MockHarness aws, List<dev.wsmock.WorkspaceImage> finalImages) {
    List<String> everyone = new ArrayList<>(RECIPIENTS);
    everyone.add(HOT);
    everyone.add(OWNER);
    for (String account : everyone) {
      Set<String> expectedShared = new HashSet<>();
      Set<String> expectedOwned = new HashSet<>();
      for (dev.wsmock.WorkspaceImage image : finalImages) {
        if (image.isSharedWith(account)) {
          expectedShared.add(image.imageId());
        }
        if (image.ownerAccountId().equals(account)) {
          expectedOwned.add(image.imageId());
        }
      }
      assertThat(listAll(aws, account, ImageType.SHARED))
          .as("SHARED of %s", account)
          .containsExactlyInAnyOrderElementsOf(expectedShared);
      assertThat(listAll(aws, account, ImageType.OWNED))
          .as("OWNED of %s", account)
          .containsExactlyInAnyOrderElementsOf(expectedOwned);
    }
    for (dev.wsmock.WorkspaceImage image : finalImages) {
      if (image.ownerAccountId().equals(OWNER)) {
        assertThat(
                aws.as(OWNER)
                    .describeWorkspaceImagePermissions(r -> r.imageId(image.imageId()))
                    .imagePermissions())
            .extracting(ImagePermission::sharedAccountId)
            .containsExactlyElementsOf(image.sharedAccountIds());
      }
    }
  }

  private static List<String> listAll(MockHarness aws, String account, ImageType type) {
    List<String> ids = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      var page = aws.as(account).describeWorkspaceImages(r -> r.imageType(type).nextToken(next));
      page.images().stream().map(WorkspaceImage::imageId).forEach(ids::add);
      token = page.nextToken();
    } while (token != null);
    return ids;
  }
}
