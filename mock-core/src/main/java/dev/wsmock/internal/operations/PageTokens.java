package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque {@code NextToken}s bound to the caller, the region, the operation and the filter.
 *
 * <p>A token carries its cursor (the last item returned) and a MAC over cursor and binding, so the mock keeps no
 * per-token memory and a page costs nothing to remember. Keyset cursors keep pages correct while items are added
 * or removed between calls: nothing is returned twice and no surviving item is skipped.
 */
public final class PageTokens {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 12;
  private final SecretKeySpec key;

  private PageTokens(byte[] key) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  /**
   * Tokens signed with a key drawn for this mock alone: a client can neither forge one nor carry one to another
   * mock. The default.
   */
  public static PageTokens randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new PageTokens(key);
  }

  /**
   * Tokens signed with a key derived from {@code pinnedKey}: mocks pinned to the same key accept each other's tokens
   * (replaying recorded traffic). Anyone who knows the number can forge tokens, so only tests pin it.
   */
  public static PageTokens pinnedKey(long pinnedKey) {
    try {
      return new PageTokens(
          MessageDigest.getInstance("SHA-256")
              .digest(("wsmock-page-token:" + pinnedKey).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  public String issue(Operation operation, Caller caller, String filter, String cursor) {
    byte[] cursorBytes = cursor.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(cursorBytes)
        + "."
        + ENCODER.encodeToString(mac(operation, caller, filter, cursorBytes));
  }

  /** The cursor inside {@code token}; {@code InvalidParameterValuesException} if it is malformed or not for this call. */
  public String cursor(Operation operation, Caller caller, String filter, String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 2) {
      throw ErrorTexts.invalidToken();
    }
    try {
      byte[] cursor = DECODER.decode(parts[0]);
      byte[] mac = DECODER.decode(parts[1]);
      if (!MessageDigest.isEqual(mac, mac(operation, caller, filter, cursor))) {
        throw ErrorTexts.invalidToken();
      }
      return new String(cursor, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw ErrorTexts.invalidToken();
    }
  }

  private byte[] mac(Operation operation, Caller caller, String filter, byte[] cursor) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      String binding =
          operation.awsName()
              + '\n'
              + caller.accountId()
              + '\n'
              + caller.region()
              + '\n'
              + filter
              + '\n';
      mac.update(binding.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(mac.doFinal(cursor), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
