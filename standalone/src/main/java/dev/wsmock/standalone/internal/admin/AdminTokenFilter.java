package dev.wsmock.standalone.internal.admin;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards every {@code /__admin} request (ours and WireMock's) with a token, for servers reachable off this machine.
 * The AWS endpoint itself stays open: clients authenticate there with SigV4 as usual.
 */
public final class AdminTokenFilter implements AdminRequestFilterV2 {
  public static final String TOKEN_HEADER = "X-Wsmock-Admin-Token";

  private final byte[] token;
  private final AdminJson json = new AdminJson();

  public AdminTokenFilter(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String getName() {
    return "wsmock-admin-token";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    if (matches(request.getHeader(TOKEN_HEADER))
        || matches(bearer(request.getHeader("Authorization")))) {
      return RequestFilterAction.continueWith(request);
    }
    ResponseDefinition denied =
        json.error(
            401,
            "Unauthorized",
            "the admin endpoints need the admin token:"
                + " send 'Authorization: Bearer <token>' or '"
                + TOKEN_HEADER
                + ": <token>'");
    return RequestFilterAction.stopWith(denied);
  }

  private static String bearer(String authorization) {
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).trim()
        : null;
  }

  private boolean matches(String candidate) {
    // Constant-time, so response timing does not leak how much of a guess was right.
    return candidate != null
        && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
  }
}
