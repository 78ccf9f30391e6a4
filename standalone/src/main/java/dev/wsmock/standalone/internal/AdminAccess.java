package dev.wsmock.standalone.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Who may use {@code /__admin}: anyone on a loopback address; with a non-loopback {@code --bind}, only holders of
 * the admin token, and only if {@code --allow-remote} says the exposure is meant.
 *
 * @param token the token every admin request must carry; empty when the admin endpoints are open
 * @param generated whether the token was made up here (then it is printed once)
 */
record AdminAccess(Optional<String> token, boolean generated) {

  static AdminAccess decide(String bind, boolean allowRemote, String givenToken) {
    boolean loopback;
    try {
      loopback = InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new StartupFailure(
          StartupFailure.USAGE, "--bind " + bind + ": unknown host or address", e);
    }
    if (givenToken != null && givenToken.isBlank()) {
      throw new StartupFailure(StartupFailure.USAGE, "--admin-token must not be blank", null);
    }
    if (loopback) {
      return new AdminAccess(Optional.ofNullable(givenToken), false);
    }
    if (!allowRemote) {
      throw new StartupFailure(
          StartupFailure.USAGE,
          "refusing to listen on "
              + bind
              + " without --allow-remote:"
              + " other machines could reset and rewrite the mock through /__admin. Add --allow-remote (the admin"
              + " endpoints then need a token), or bind to 127.0.0.1.",
          null);
    }
    return givenToken != null
        ? new AdminAccess(Optional.of(givenToken), false)
        : new AdminAccess(Optional.of(newToken()), true);
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
