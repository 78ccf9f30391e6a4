package dev.wsmock.internal.wiremock;

import dev.wsmock.WireMockFeature;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * The door of {@code /__admin} (WireMock's routes and the standalone server's alike), against web pages a developer
 * happens to open: WireMock's admin API takes any {@code Host} (DNS rebinding), bodies of any type (CSRF "simple
 * requests" in {@code text/plain}) and reflects any {@code Origin} with credentials. Here:
 *
 * <ul>
 *   <li>the {@code Host} must be an IP address, {@code localhost} (or {@code *.localhost}) or a name the user listed:
 *       a rebinding attack always arrives under the attacker's own domain name;
 *   <li>a request a browser marks as cross-origin ({@code Origin} not this server, {@code Sec-Fetch-Site} not
 *       {@code same-origin}/{@code none}) is refused, and no CORS header is ever sent;
 *   <li>a body must be JSON (or YAML, for scenario documents), which no page can send cross-origin without the
 *       preflight refused above;
 *   <li>routes that reach outside the mock are refused unless a {@link WireMockFeature} turns them on.
 * </ul>
 *
 * Every refusal is the admin API's JSON {@code {"error", "message"}}, never WireMock's HTML.
 */
final class AdminGuardFilter implements Filter {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Set<String> BODY_TYPES =
      Set.of("application/json", "application/yaml", "application/x-yaml", "text/yaml");

  private final ServerOptions options;
  private final JsonErrors errors;

  AdminGuardFilter(ServerOptions options, JsonErrors errors) {
    this.options = options;
    this.errors = errors;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    Refusal refusal = check(request);
    if (refusal != null) {
      errors.writeAdmin(response, refusal.status(), refusal.error(), refusal.message());
      return;
    }
    chain.doFilter(request, response);
  }

  record Refusal(int status, String error, String message) {}

  private Refusal check(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host != null && !allowedHost(host)) {
      return new Refusal(
          403,
          "InvalidHost",
          "the admin API answers only under localhost, an IP address or a configured host name, not "
              + JsonErrors.printable(host));
    }
    String site = request.getHeader("Sec-Fetch-Site");
    String origin = request.getHeader("Origin");
    if ((site != null && !site.equals("same-origin") && !site.equals("none"))
        || (origin != null && !sameOrigin(origin, host))) {
      return new Refusal(
          403,
          "CrossOriginRequest",
          "the admin API refuses requests from web pages of another origin"
              + (origin == null ? "" : " (" + JsonErrors.printable(origin) + ")"));
    }
    if (hasBody(request) && !bodyTypeAllowed(request.getContentType())) {
      return new Refusal(
          415,
          "UnsupportedMediaType",
          "an admin request body must be sent as Content-Type: application/json"
              + " (or application/yaml for a scenario document), not "
              + (request.getContentType() == null
                  ? "without a Content-Type"
                  : JsonErrors.printable(request.getContentType())));
    }
    return featureRefusal(request);
  }

  /**
   * The routes of WireMock's admin API that reach outside the mock; see {@link WireMockFeature}. What the body of
   * an allowed route asks for is checked later, once it is read ({@link FeatureCheckFilter}).
   */
  private Refusal featureRefusal(HttpServletRequest request) {
    List<String> paths = paths(request);
    if (any(paths, "/files") || any(paths, "/mappings/save")) {
      return disabled(WireMockFeature.FILES, "writes or reads files");
    }
    if (any(paths, "/shutdown")) {
      return disabled(WireMockFeature.SHUTDOWN, "stops the mock");
    }
    if (any(paths, "/recordings") || any(paths, "/recorder")) {
      return disabled(WireMockFeature.PROXYING, "proxies to another server");
    }
    return null;
  }

  private Refusal disabled(WireMockFeature feature, String what) {
    if (options.enabled(feature)) {
      return null;
    }
    return new Refusal(
        403,
        "FeatureDisabled",
        "this WireMock admin route "
            + what
            + " and is off: "
            + WireMockFeatureRefused.howToEnable(feature));
  }

  /**
   * The request's path below {@code /__admin} as WireMock routes it (raw) and as decoded, both lower-cased, so no
   * spelling of a route slips past.
   */
  static List<String> paths(HttpServletRequest request) {
    String raw = request.getRequestURI();
    String prefix = request.getContextPath();
    String below = raw.startsWith(prefix) ? raw.substring(prefix.length()) : raw;
    String decoded;
    try {
      decoded = URLDecoder.decode(below.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      decoded = below;
    }
    String canonical =
        (request.getServletPath() == null ? "" : request.getServletPath())
            + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return List.of(
        below.toLowerCase(Locale.ROOT),
        decoded.toLowerCase(Locale.ROOT),
        canonical.toLowerCase(Locale.ROOT));
  }

  static boolean any(List<String> paths, String route) {
    for (String path : paths) {
      String normal = path.replaceAll("/{2,}", "/");
      if (normal.equals(route)
          || normal.startsWith(route + "/")
          || normal.startsWith(route + "?")) {
        return true;
      }
    }
    return false;
  }

  private boolean allowedHost(String hostHeader) {
    String host = withoutPort(hostHeader.trim());
    if (host.startsWith("[") && host.endsWith("]")) {
      return true; // an IPv6 literal
    }
    String name = ServerOptions.hostName(host);
    return IPV4.matcher(name).matches()
        || name.equals("localhost")
        || name.endsWith(".localhost")
        || name.equals(ServerOptions.hostName(options.bindAddress()))
        || options.adminHosts().contains(name);
  }

  private static String withoutPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  /** {@code Origin} is this very server: same scheme-less host and port as the {@code Host} it was sent to. */
  private static boolean sameOrigin(String origin, String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    try {
      URI uri = new URI(origin);
      String scheme = uri.getScheme();
      if (uri.getHost() == null || (!"http".equals(scheme) && !"https".equals(scheme))) {
        return false;
      }
      int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      URI host = new URI(scheme + "://" + hostHeader.trim());
      int hostPort = host.getPort() >= 0 ? host.getPort() : "https".equals(scheme) ? 443 : 80;
      return host.getHost() != null
          && host.getHost().equalsIgnoreCase(uri.getHost())
          && hostPort == port;
    } catch (URISyntaxException malformed) {
      return false;
    }
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static boolean bodyTypeAllowed(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return BODY_TYPES.contains(type) || (type.startsWith("application/") && type.endsWith("+json"));
  }
}
