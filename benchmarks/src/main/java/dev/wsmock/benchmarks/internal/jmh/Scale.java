package dev.wsmock.benchmarks.internal.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.CallJournal;
import dev.wsmock.MockBehaviour;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.benchmarks.internal.Seeds;
import dev.wsmock.benchmarks.internal.wire.WireRequest;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.MockSettings;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.protocol.RequestPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

/** What the JMH states share: a model without HTTP, the page requests, and a way to reach a middle page. */
public final class Scale {
  public static final int PAGE_SIZE = 25;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Scale() {}

  /** A model with the mock's defaults, seeded with {@code seed} as its base (what {@code reset()} returns to). */
  public static MockRuntime runtime(Seed seed, MockBehaviour behaviour) {
    return new MockRuntime(
        new MockSettings(
            Clock.systemUTC(),
            Duration.ZERO,
            0L,
            WorkSpacesMock.DEFAULT_ACCOUNT_ID,
            behaviour,
            seed,
            "benchmark seed",
            CallJournal.DEFAULT_CAPACITY,
            CallJournal.DEFAULT_MAX_BYTES,
            RequestPipeline.DEFAULT_MAX_BODY_BYTES,
            true,
            false,
            Set.of(),
            null,
            false));
  }

  /**
   * Full GCs after seeding a large state, so its promotion and G1's concurrent marking do not land in the first
   * measured iterations (they did: the first seconds after seeding 100,000 images ran 5-8× slower).
   */
  public static void settleHeap() {
    for (int n = 0; n < 3; n++) {
      System.gc();
    }
  }

  public static WireRequest describeImages(String nextToken) {
    ObjectNode members = WireRequest.members().put("MaxResults", PAGE_SIZE);
    if (nextToken != null) {
      members.put("NextToken", nextToken);
    }
    return WireRequest.of("DescribeWorkspaceImages", Seeds.OWNER, Seeds.REGION, members);
  }

  public static WireRequest describePermissions(String nextToken) {
    ObjectNode members =
        WireRequest.members()
            .put("ImageId", Seeds.WIDELY_SHARED_IMAGE)
            .put("MaxResults", PAGE_SIZE);
    if (nextToken != null) {
      members.put("NextToken", nextToken);
    }
    return WireRequest.of("DescribeWorkspaceImagePermissions", Seeds.OWNER, Seeds.REGION, members);
  }

  public static WireRequest updatePermission(String accountId, boolean allow) {
    return WireRequest.of(
        "UpdateWorkspaceImagePermission",
        Seeds.OWNER,
        Seeds.REGION,
        WireRequest.members()
            .put("ImageId", Seeds.WIDELY_SHARED_IMAGE)
            .put("AllowCopyImage", allow)
            .put("SharedAccountId", accountId));
  }

  public static WireRequest copy(String name) {
    return WireRequest.of(
        "CopyWorkspaceImage",
        Seeds.OWNER,
        Seeds.REGION,
        WireRequest.members()
            .put("Name", name)
            .put("SourceImageId", Seeds.imageId(1))
            .put("SourceRegion", Seeds.REGION));
  }

  /**
   * The {@code NextToken} of the page in the middle of a listing of {@code items}: pages are followed from the first,
   * as a client would, because tokens are opaque.
   */
  public static String middleToken(
      int items, Function<String, WireRequest> page, Function<WireRequest, byte[]> send) {
    int pages = Math.max(1, items / PAGE_SIZE / 2);
    String token = null;
    for (int n = 0; n < pages; n++) {
      JsonNode answer = read(send.apply(page.apply(token)));
      JsonNode next = answer.get("NextToken");
      if (next == null) {
        break;
      }
      token = next.asText();
    }
    return token;
  }

  public static byte[] body(HttpAnswer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException(
          "setup call failed: "
              + answer.status()
              + " "
              + answer.errorCode()
              + " "
              + answer.errorMessage());
    }
    return answer.body();
  }

  public static byte[] body(dev.wsmock.benchmarks.internal.wire.RawConnection.Response response) {
    if (response.status() != 200) {
      throw new IllegalStateException(
          "setup call failed: "
              + response.status()
              + " "
              + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return response.body();
  }

  private static JsonNode read(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
