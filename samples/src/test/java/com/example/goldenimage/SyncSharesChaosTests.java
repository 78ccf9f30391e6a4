package com.example.goldenimage;

import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;

import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockTest;
import dev.wsmock.scenarios.ChaosCase;
import dev.wsmock.scenarios.ChaosMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * The chaos matrix: {@code syncShares} converges under every scenario of wsmock's built-in catalogue, each under two
 * pinned fault seeds. "Converges" is what a batch job needs: after at most {@link #MAX_RUNS} runs (the job runs again
 * after a failed run) it reports {@code Synced}, and the image is then shared with exactly the desired accounts.
 */
@WorkSpacesMockTest
class SyncSharesChaosTests implements KeepsToTheServiceContract {
  static final String OWNER = "111111111111";
  static final String REGION = "us-east-1";

  /** Not an id any catalogue scenario seeds, so the scenarios' own state never collides with ours. */
  static final String IMAGE = "wsi-chaosimage1";

  static final int MAX_RUNS = 3;

  static Stream<Named<ChaosCase>> cases() {
    return ChaosMatrix.catalogue().withSeeds(1L, 2L).cases().stream()
        .map(c -> Named.of(c.displayName(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sync_shares_converges(ChaosCase chaos, WorkSpacesMock mock, Given given) {
    // GIVEN an image shared with 28 accounts (two pages of permissions); we keep 21 of them, drop
    // some from each
    // page, and add 10 new ones
    List<String> current = accounts(1, 28);
    List<String> desired = new ArrayList<>(accounts(5, 25));
    desired.addAll(accounts(41, 50));
    given.image(
        IMAGE, i -> i.ownedBy(OWNER).inRegion(REGION).sharedWith(current.toArray(String[]::new)));
    long faultSeed = chaos.applyTo(mock);

    // WHEN the job runs until it reports success (the app's own client: its retry policy is part of
    // the app)
    ShareSyncResult last = null;
    List<SdkException> failedRuns = new ArrayList<>();
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      ImageDistributor distributor = new ImageDistributor(owner);
      for (int run = 1; run <= MAX_RUNS && !(last instanceof ShareSyncResult.Synced); run++) {
        try {
          last = distributor.syncShares(IMAGE, desired);
        } catch (SdkException e) {
          failedRuns.add(e);
        }
      }
    }

    // THEN
    assertThat(last)
        .as(
            "%s; failed runs: %s; calls:%n%s",
            chaos.replayHint(faultSeed), failedRuns, mock.journal().timeline())
        .isInstanceOf(ShareSyncResult.Synced.class);
    assertThat(mock.image(REGION, IMAGE).orElseThrow().sharedAccountIds())
        .as(chaos.replayHint(faultSeed))
        .containsExactlyInAnyOrderElementsOf(desired);
  }

  private static List<String> accounts(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> String.format("3100000000%02d", i))
        .toList();
  }
}
