package dev.wsmock;

import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;

/**
 * NextTokens are signed with a key drawn per mock: a token cannot be forged from the public default id seed, nor
 * carried to another mock. A test that needs tokens to survive across mocks pins the key.
 */
class PageTokenKeyTests {
  static final Seed SEED = SeedFixtures.images(Seed.builder(), "own", OWNER, REGION, 12).build();

  private static String firstToken(WorkSpacesMock mock) {
    try (WorkSpacesClient owner = SdkClients.forAccount(mock, OWNER)) {
      return owner
          .describeWorkspaceImages(r -> r.imageType(ImageType.OWNED).maxResults(5))
          .nextToken();
    }
  }

  private static void refused(WorkSpacesMock mock, String account, String token) {
    try (WorkSpacesClient client = SdkClients.forAccount(mock, account)) {
      AwsErrors.rejects(
          () ->
              client.describeWorkspaceImages(
                  r -> r.imageType(ImageType.OWNED).maxResults(5).nextToken(token)),
          InvalidParameterValuesException.class,
          "InvalidParameterValuesException");
    }
  }

  private static WorkSpacesMock start(UnaryOperator<WorkSpacesMock.Builder> options) {
    return options.apply(WorkSpacesMock.builder().seed(SEED)).start();
  }

  @Test
  void a_token_from_one_mock_is_refused_by_another_with_the_same_id_seed_and_state() {
    try (WorkSpacesMock first = start(b -> b.idSeed(0));
        WorkSpacesMock second = start(b -> b.idSeed(0))) {
      refused(second, OWNER, firstToken(first));
    }
  }

  /** The owner's cursor re-signed for the stranger, with the key a pinned {@code key} derives. */
  private static String forgedForStranger(String real, long key) throws Exception {
    String cursor = real.substring(0, real.indexOf('.'));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            MessageDigest.getInstance("SHA-256")
                .digest(("wsmock-page-token:" + key).getBytes(StandardCharsets.UTF_8)),
            "HmacSHA256"));
    mac.update(
        ("DescribeWorkspaceImages\n" + STRANGER + "\n" + REGION + "\nOWNED|*\n")
            .getBytes(StandardCharsets.UTF_8));
    byte[] forged = Arrays.copyOf(mac.doFinal(Base64.getUrlDecoder().decode(cursor)), 12);
    return cursor + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged);
  }

  @Test
  void a_token_forged_with_the_key_of_the_default_id_seed_is_refused() throws Exception {
    try (WorkSpacesMock mock = start(b -> b)) {
      // Once the key came from the id seed, 0 by default and public: anyone could sign any cursor.
      refused(mock, STRANGER, forgedForStranger(firstToken(mock), 0));
    }
  }

  @Test
  void the_forger_above_does_forge_for_a_key_it_knows() throws Exception {
    // Proves the forgery is well made, so the refusal above is the key's doing, not a malformed
    // token's.
    try (WorkSpacesMock pinned = start(b -> b.pageTokenKey(0));
        WorkSpacesClient stranger = SdkClients.forAccount(pinned, STRANGER)) {
      String forged = forgedForStranger(firstToken(pinned), 0);
      assertThat(
              stranger
                  .describeWorkspaceImages(
                      r -> r.imageType(ImageType.OWNED).maxResults(5).nextToken(forged))
                  .images())
          .isEmpty();
    }
  }

  @Test
  void mocks_pinned_to_one_key_accept_each_others_tokens() {
    try (WorkSpacesMock first = start(b -> b.pageTokenKey(42));
        WorkSpacesMock second = start(b -> b.pageTokenKey(42));
        WorkSpacesClient owner = SdkClients.forAccount(second, OWNER)) {
      String token = firstToken(first);
      assertThat(
              owner
                  .describeWorkspaceImages(
                      r -> r.imageType(ImageType.OWNED).maxResults(5).nextToken(token))
                  .images())
          .hasSize(5);
    }
  }
}
