package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.ManualClock;
import dev.wsmock.Seed;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.protocol.HttpAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.stateful.Action;
import net.jqwik.api.stateful.ActionSequence;

/**
 * Model-based testing: random sequences of share, unshare, copy, delete, describe (paginated) and clock steps, from
 * several accounts and regions, run against the mock ({@link MockRuntime#serve}, the real pipeline) and against
 * {@link SharingReferenceModel}. Any divergence fails, and jqwik shrinks the sequence to the shortest that diverges.
 */
class SharingModelTests {
  private static final String[] ACCOUNTS = {"111111111111", "222222222222", "333333333333"};
  private static final String[] REGIONS = {"us-east-1", "eu-west-1"};
  private static final String[] NAMES = {"golden-1", "golden-2", "copy-a", "copy-b"};

  /** The system under test and the reference, side by side. */
  static final class Both {
    final ManualClock clock = InProcess.manualClock();
    final MockRuntime mock;
    final SharingReferenceModel reference = new SharingReferenceModel();

    Both() {
      mock =
          InProcess.runtime(
              Seed.builder()
                  .image(
                      "wsi-golden0001",
                      ACCOUNTS[0],
                      REGIONS[0],
                      i -> i.name("golden-1").sharedWith(ACCOUNTS[1]))
                  .image("wsi-golden0002", ACCOUNTS[0], REGIONS[0], i -> i.name("golden-2"))
                  .image("wsi-golden0003", ACCOUNTS[1], REGIONS[1], i -> i.name("golden-1"))
                  .build(),
              clock,
              SharingReferenceModel.READY_AFTER,
              10_000);
      reference.seed(REGIONS[0], "wsi-golden0001", ACCOUNTS[0], "golden-1", ACCOUNTS[1]);
      reference.seed(REGIONS[0], "wsi-golden0002", ACCOUNTS[0], "golden-2");
      reference.seed(REGIONS[1], "wsi-golden0003", ACCOUNTS[1], "golden-1");
    }

    HttpAnswer call(
        String operation,
        String account,
        String region,
        Consumer<com.fasterxml.jackson.databind.node.ObjectNode> body) {
      HttpAnswer answer =
          mock.serve(InProcess.call(operation, account, region, InProcess.body(body)));
      assertThat(answer.status()).isLessThan(500);
      assertThat(mock.invariantViolations()).isEmpty();
      return answer;
    }

    /** An image id to act on: one the model knows in some region, or one that never existed. */
    String imageId(int pick) {
      List<String> ids = new ArrayList<>(new TreeSet<>(union()));
      ids.add("wsi-missing001");
      return ids.get(Math.floorMod(pick, ids.size()));
    }

    private Set<String> union() {
      Set<String> ids = new HashSet<>();
      for (String region : REGIONS) {
        ids.addAll(reference.ids(region));
      }
      return ids;
    }
  }

  private static String outcome(HttpAnswer answer) {
    return answer.isSuccess() ? "ok" : answer.errorCode();
  }

  record Share(String caller, String region, int image, String target, boolean grant)
      implements Action<Both> {
    @Override
    public Both run(Both both) {
      String id = both.imageId(image);
      String actual =
          outcome(
              both.call(
                  "UpdateWorkspaceImagePermission",
                  caller,
                  region,
                  b ->
                      b.put("ImageId", id)
                          .put("SharedAccountId", target)
                          .put("AllowCopyImage", grant)));
      assertThat(actual)
          .as("%s of %s", this, id)
          .isEqualTo(both.reference.share(caller, region, id, target, grant, both.clock.instant()));
      return both;
    }
  }

  record DescribePermissions(String caller, String region, int image, int pageSize)
      implements Action<Both> {
    @Override
    public Both run(Both both) {
      String id = both.imageId(image);
      List<String> pages = new ArrayList<>();
      String token = null;
      String error = null;
      do {
        String next = token;
        HttpAnswer answer =
            both.call(
                "DescribeWorkspaceImagePermissions",
                caller,
                region,
                b -> {
                  b.put("ImageId", id).put("MaxResults", pageSize);
                  if (next != null) {
                    b.put("NextToken", next);
                  }
                });
        if (!answer.isSuccess()) {
          error = answer.errorCode();
          break;
        }
        JsonNode page = InProcess.json(answer);
        assertThat(page.path("ImagePermissions").size()).isLessThanOrEqualTo(pageSize);
        page.path("ImagePermissions").forEach(p -> pages.add(p.path("SharedAccountId").asText()));
        token = page.path("NextToken").isTextual() ? page.path("NextToken").asText() : null;
      } while (token != null);
      Object actual = error != null ? error : pages;
      assertThat(actual)
          .as("%s of %s", this, id)
          .isEqualTo(both.reference.permissions(caller, region, id));
      return both;
    }
  }

  record DescribeImages(String caller, String region, String imageType, int pageSize)
      implements Action<Both> {
    @Override
    public Both run(Both both) {
      List<String> listed = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        HttpAnswer answer =
            both.call(
                "DescribeWorkspaceImages",
                caller,
                region,
                b -> {
                  b.put("MaxResults", pageSize);
                  if (imageType != null) {
                    b.put("ImageType", imageType);
                  }
                  if (next != null) {
                    b.put("NextToken", next);
                  }
                });
        assertThat(answer.isSuccess()).as("%s: %s", this, answer.errorMessage()).isTrue();
        JsonNode page = InProcess.json(answer);
        page.path("Images").forEach(i -> listed.add(i.path("ImageId").asText()));
        token = page.path("NextToken").isTextual() ? page.path("NextToken").asText() : null;
      } while (token != null);
      assertThat(listed).as("%s lists each image once", this).doesNotHaveDuplicates();
      assertThat(new TreeSet<>(listed))
          .as("%s", this)
          .isEqualTo(both.reference.visible(caller, region, imageType));
      return both;
    }
  }

  record Delete(String caller, String region, int image) implements Action<Both> {
    @Override
    public Both run(Both both) {
      String id = both.imageId(image);
      String actual =
          outcome(both.call("DeleteWorkspaceImage", caller, region, b -> b.put("ImageId", id)));
      assertThat(actual)
          .as("%s of %s", this, id)
          .isEqualTo(both.reference.delete(caller, region, id, both.clock.instant()));
      return both;
    }
  }

  record Copy(String caller, String region, String sourceRegion, int image, String name)
      implements Action<Both> {
    @Override
    public Both run(Both both) {
      String id = both.imageId(image);
      HttpAnswer answer =
          both.call(
              "CopyWorkspaceImage",
              caller,
              region,
              b -> b.put("Name", name).put("SourceImageId", id).put("SourceRegion", sourceRegion));
      Optional<String> expected =
          both.reference.copy(caller, region, sourceRegion, id, name, both.clock.instant());
      assertThat(outcome(answer)).as("%s of %s", this, id).isEqualTo(expected.orElse("ok"));
      if (answer.isSuccess()) {
        both.reference.copied(
            caller,
            region,
            InProcess.json(answer).path("ImageId").asText(),
            name,
            both.clock.instant());
      }
      return both;
    }
  }

  record Wait(int millis) implements Action<Both> {
    @Override
    public Both run(Both both) {
      both.clock.advance(Duration.ofMillis(millis));
      return both;
    }
  }

  @Property(tries = 300)
  void the_mock_agrees_with_the_reference_model_of_sharing(
      @ForAll("sequences") ActionSequence<Both> actions) {
    actions.run(new Both());
  }

  @Provide
  Arbitrary<ActionSequence<Both>> sequences() {
    Arbitrary<String> caller = Arbitraries.of(ACCOUNTS);
    Arbitrary<String> region = Arbitraries.of(REGIONS);
    Arbitrary<Integer> image = Arbitraries.integers().between(0, 12);
    Arbitrary<Action<Both>> share =
        Combinators.combine(
                caller, region, image, Arbitraries.of(ACCOUNTS), Arbitraries.of(true, true, false))
            .as(Share::new);
    Arbitrary<Action<Both>> permissions =
        Combinators.combine(caller, region, image, Arbitraries.integers().between(1, 3))
            .as(DescribePermissions::new);
    Arbitrary<Action<Both>> images =
        Combinators.combine(
                caller,
                region,
                Arbitraries.of("OWNED", "SHARED").injectNull(0.3),
                Arbitraries.integers().between(1, 3))
            .as(DescribeImages::new);
    Arbitrary<Action<Both>> delete = Combinators.combine(caller, region, image).as(Delete::new);
    Arbitrary<Action<Both>> copy =
        Combinators.combine(caller, region, region, image, Arbitraries.of(NAMES)).as(Copy::new);
    Arbitrary<Action<Both>> wait = Arbitraries.integers().between(1, 1500).map(Wait::new);
    return Arbitraries.sequences(
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, share),
                net.jqwik.api.Tuple.of(3, permissions),
                net.jqwik.api.Tuple.of(3, images),
                net.jqwik.api.Tuple.of(2, delete),
                net.jqwik.api.Tuple.of(3, copy),
                net.jqwik.api.Tuple.of(2, wait)))
        .ofSize(30);
  }
}
