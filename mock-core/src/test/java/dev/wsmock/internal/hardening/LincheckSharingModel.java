package dev.wsmock.internal.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.Seed;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.protocol.HttpAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The subject of {@link ModelLinearizabilityTests} (public: Lincheck instantiates it reflectively). Lincheck on the
 * sharing model's core operations, through {@link MockRuntime#serve}: every concurrent history of
 * share, unshare, describe-permissions, delete and copy must equal some sequential one. The sequential
 * specification is the mock itself run one operation at a time, which is what its single write lock promises.
 */
@Param(name = "image", gen = IntGen.class, conf = "0:1")
@Param(name = "account", gen = IntGen.class, conf = "0:2")
public final class LincheckSharingModel {
  private static final String OWNER = "111111111111";
  private static final String[] IMAGES = {"wsi-golden0001", "wsi-golden0002"};
  private static final String[] ACCOUNTS = {"222222222222", "333333333333", OWNER};
  private static final String REGION = "us-east-1";

  /** Counts scenario invocations for the report; Lincheck builds one instance per invocation. */
  static final AtomicLong INVOCATIONS = new AtomicLong();

  private final MockRuntime mock =
      InProcess.runtime(
          Seed.builder()
              .image(IMAGES[0], OWNER, REGION, i -> i.name("golden-1"))
              .image(IMAGES[1], OWNER, REGION, i -> i.name("golden-2").sharedWith("222222222222"))
              .build());

  public LincheckSharingModel() {
    INVOCATIONS.incrementAndGet();
  }

  @Operation
  public String share(@Param(name = "image") int image, @Param(name = "account") int account) {
    return outcome(
        mock.serve(
            InProcess.call(
                "UpdateWorkspaceImagePermission",
                OWNER,
                REGION,
                InProcess.body(
                    b ->
                        b.put("ImageId", IMAGES[image])
                            .put("SharedAccountId", ACCOUNTS[account])
                            .put("AllowCopyImage", true)))));
  }

  @Operation
  public String unshare(@Param(name = "image") int image, @Param(name = "account") int account) {
    return outcome(
        mock.serve(
            InProcess.call(
                "UpdateWorkspaceImagePermission",
                OWNER,
                REGION,
                InProcess.body(
                    b ->
                        b.put("ImageId", IMAGES[image])
                            .put("SharedAccountId", ACCOUNTS[account])
                            .put("AllowCopyImage", false)))));
  }

  @Operation
  public String describePermissions(@Param(name = "image") int image) {
    HttpAnswer answer =
        mock.serve(
            InProcess.call(
                "DescribeWorkspaceImagePermissions",
                OWNER,
                REGION,
                InProcess.body(b -> b.put("ImageId", IMAGES[image]))));
    if (!answer.isSuccess()) {
      return answer.errorCode();
    }
    List<String> accounts = new ArrayList<>();
    InProcess.json(answer)
        .path("ImagePermissions")
        .forEach(p -> accounts.add(p.path("SharedAccountId").asText()));
    return accounts.toString();
  }

  @Operation
  public String delete(@Param(name = "image") int image) {
    return outcome(
        mock.serve(
            InProcess.call(
                "DeleteWorkspaceImage",
                OWNER,
                REGION,
                InProcess.body(b -> b.put("ImageId", IMAGES[image])))));
  }

  /** The recipient copies into its own account; the copy's id comes from the seeded generator, so it is part of the result. */
  @Operation
  public String copy(@Param(name = "image") int image) {
    HttpAnswer answer =
        mock.serve(
            InProcess.call(
                "CopyWorkspaceImage",
                "222222222222",
                REGION,
                InProcess.body(
                    b ->
                        b.put("Name", "copy-" + image)
                            .put("SourceImageId", IMAGES[image])
                            .put("SourceRegion", REGION))));
    if (!answer.isSuccess()) {
      return answer.errorCode();
    }
    JsonNode result = InProcess.json(answer);
    return "copied " + result.path("ImageId").asText();
  }

  private static String outcome(HttpAnswer answer) {
    return answer.isSuccess() ? "ok" : answer.errorCode();
  }
}
