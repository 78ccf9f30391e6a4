package dev.wsmock.internal.protocol;

import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.error.ServiceException;
import dev.wsmock.internal.model.RegionNames;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authentication step, in Coral's order. Lax (the default) reads the {@code Authorization} header exactly, takes
 * the account's access key and the region from its credential scope, and refuses a region the mock does not accept
 * ({@link RegionNames}). Strict auth also verifies the request's AWS Signature Version 4 with the secret configured
 * for its access key, the way AWS does: the date and its skew, {@code host} and {@code x-amz-target} among the signed
 * headers, the exact algorithm and scope (service {@code workspaces}, terminator {@code aws4_request}, the date of
 * {@code X-Amz-Date}), the key, then the signature over the canonical request (method, path, canonical query string,
 * signed headers, body). The payload hash is computed from the body, never taken from {@code x-amz-content-sha256}:
 * boto3 does not send that header, and trusting it would let a body be swapped under a valid signature.
 *
 * <p>{@code x-amz-target} must be signed because it selects the operation: unsigned, a signed DescribeWorkspaceImages
 * could be replayed as DeleteWorkspaceImage. AWS documents only {@code host} as always signed; {@code content-type}
 * is not required (only JSON content types are served, and the SDKs sign it anyway).
 */
public final class SigV4Verifier {
  /** How far {@code X-Amz-Date} may be from the mock's clock, as in AWS. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private static final String SERVICE = "workspaces";
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private final Function<String, Optional<String>> secrets;
  private final RegionNames regions;

  private SigV4Verifier(Function<String, Optional<String>> secrets, RegionNames regions) {
    this.secrets = secrets;
    this.regions = regions;
  }

  /** Lax auth with AWS's region names: the header is read, no signature is checked. */
  public static SigV4Verifier off() {
    return lax(RegionNames.standard());
  }

  /** Lax auth: the header is read and its region must be one of {@code regions}; no signature is checked. */
  public static SigV4Verifier lax(RegionNames regions) {
    return new SigV4Verifier(null, regions);
  }

  /** Verifies every request with the secret {@code secrets} gives for its access key; none = unknown key. */
  public static SigV4Verifier strict(Function<String, Optional<String>> secrets) {
    return strict(secrets, RegionNames.standard());
  }

  /** As {@link #strict(Function)}, accepting the region names {@code regions}. */
  public static SigV4Verifier strict(
      Function<String, Optional<String>> secrets, RegionNames regions) {
    return new SigV4Verifier(secrets, regions);
  }

  /** The caller's credential scope; throws the AWS error of the first check that fails. */
  public SigV4Credential authenticate(HttpCall call, Instant now) {
    boolean strict = secrets != null;
    String amzDate = call.header("X-Amz-Date");
    SigV4Credential.Authorization header =
        SigV4Credential.Authorization.parse(
            call.header("Authorization"), strict && amzDate == null);
    if (strict) {
      checkSkew(parseAmzDate(amzDate), now);
      requireSigned(header, "host", "'Host' or ':authority'");
      requireSigned(header, "x-amz-target", "'X-Amz-Target'");
    }
    header.requireAlgorithm();
    SigV4Credential credential = header.scope();
    checkScope(credential, strict ? amzDate : null);
    if (strict) {
      verifySignature(call, header, credential, amzDate);
    }
    return credential;
  }

  private void verifySignature(
      HttpCall call,
      SigV4Credential.Authorization header,
      SigV4Credential credential,
      String amzDate) {
    String secret =
        secrets
            .apply(credential.accessKeyId())
            .orElseThrow(
                () ->
                    new ServiceException(
                        new ServiceError.UnrecognizedClient(
                            "The security token included in the request is invalid.")));
    String expected = signature(call, credential, header.signedHeaders(), amzDate, secret);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        header.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
      throw new ServiceException(
          new ServiceError.InvalidSignature(
              "The request signature we calculated does not match the signature you provided. Check your AWS Secret"
                  + " Access Key and signing method. Consult the service documentation for details."));
    }
  }

  private static void requireSigned(
      SigV4Credential.Authorization header, String name, String shown) {
    if (!header.signs(name)) {
      throw new ServiceException(
          new ServiceError.InvalidSignature(
              shown + " must be a 'SignedHeader' in the AWS Authorization."));
    }
  }

  /**
   * Coral's scope checks, every failing one in one message: the region always (the mock must be able to hold what
   * the call creates there) and the terminator; with strict auth also the service and the date, which must be
   * exactly the date of {@code X-Amz-Date}.
   */
  private void checkScope(SigV4Credential credential, String amzDate) {
    StringBuilder problems = new StringBuilder();
    if (!regions.accepts(credential.region())) {
      problems
          .append("Credential should be scoped to a valid region, not '")
          .append(shorten(credential.region()))
          .append("'. ");
    }
    if (amzDate != null && !SERVICE.equals(credential.service())) {
      problems.append("Credential should be scoped to correct service: '" + SERVICE + "'. ");
    }
    if (!SigV4Credential.TERMINATOR.equals(credential.terminator())) {
      problems
          .append("Credential should be scoped with a valid terminator: '")
          .append(SigV4Credential.TERMINATOR)
          .append("', not '")
          .append(shorten(credential.terminator()))
          .append("'. ");
    }
    if (amzDate != null && !amzDate.substring(0, 8).equals(credential.date())) {
      problems
          .append(
              "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '")
          .append(shorten(credential.date()))
          .append("' != '")
          .append(amzDate, 0, 8)
          .append("', from '")
          .append(amzDate)
          .append("'.");
    }
    if (problems.length() > 0) {
      throw new ServiceException(new ServiceError.InvalidSignature(problems.toString().strip()));
    }
  }

  private static Instant parseAmzDate(String amzDate) {
    try {
      return LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new ServiceException(
          new ServiceError.IncompleteSignature(
              "Date must be in ISO-8601 'basic format'. Got '"
                  + shorten(amzDate)
                  + "'. See"
                  + " http://en.wikipedia.org/wiki/ISO_8601"));
    }
  }

  private static void checkSkew(Instant signedAt, Instant now) {
    if (signedAt.isBefore(now.minus(MAX_SKEW))) {
      throw new ServiceException(
          new ServiceError.InvalidSignature(
              "Signature expired: "
                  + AMZ_DATE.format(signedAt)
                  + " is now earlier than "
                  + AMZ_DATE.format(now.minus(MAX_SKEW))
                  + " ("
                  + AMZ_DATE.format(now)
                  + " - 5 min.)"));
    }
    if (signedAt.isAfter(now.plus(MAX_SKEW))) {
      throw new ServiceException(
          new ServiceError.InvalidSignature(
              "Signature not yet current: "
                  + AMZ_DATE.format(signedAt)
                  + " is still later than "
                  + AMZ_DATE.format(now.plus(MAX_SKEW))
                  + " ("
                  + AMZ_DATE.format(now)
                  + " + 5 min.)"));
    }
  }

  /** The hex signature AWS would compute for this request with {@code secret}. */
  static String signature(
      HttpCall call,
      SigV4Credential credential,
      String signedHeaders,
      String amzDate,
      String secret) {
    String scope =
        credential.date()
            + "/"
            + credential.region()
            + "/"
            + credential.service()
            + "/"
            + SigV4Credential.TERMINATOR;
    String stringToSign =
        SigV4Credential.ALGORITHM
            + "\n"
            + amzDate
            + "\n"
            + scope
            + "\n"
            + HEX.formatHex(
                sha256(canonicalRequest(call, signedHeaders).getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), credential.date());
    key = hmac(key, credential.region());
    key = hmac(key, credential.service());
    key = hmac(key, SigV4Credential.TERMINATOR);
    return HEX.formatHex(hmac(key, stringToSign));
  }

  /**
   * Method, path, the canonical query string, each signed header as {@code name:value} with inner whitespace runs
   * folded, the signed header list, and the body's SHA-256.
   */
  static String canonicalRequest(HttpCall call, String signedHeaders) {
    StringBuilder canonical =
        new StringBuilder(256)
            .append(call.method().toUpperCase(Locale.ROOT))
            .append('\n')
            .append(call.path())
            .append('\n')
            .append(canonicalQuery(call.query()))
            .append('\n');
    for (String name : signedHeaders.split(";", -1)) {
      String value = call.header(name);
      canonical
          .append(name.toLowerCase(Locale.ROOT))
          .append(':')
          .append(value == null ? "" : value.trim().replaceAll("\\s+", " "))
          .append('\n');
    }
    return canonical
        .append('\n')
        .append(signedHeaders)
        .append('\n')
        .append(HEX.formatHex(sha256(call.body())))
        .toString();
  }

  /**
   * SigV4's canonical query string: each parameter decoded, then encoded as RFC 3986 wants (unreserved characters as
   * they are, everything else {@code %XX}), sorted by name, then value. A query outside the signature is a changed
   * request.
   */
  static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> parameters = new ArrayList<>();
    for (String parameter : rawQuery.split("&", -1)) {
      if (parameter.isEmpty()) {
        continue;
      }
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      String value = equals < 0 ? "" : parameter.substring(equals + 1);
      parameters.add(new String[] {uriEncode(uriDecode(name)), uriEncode(uriDecode(value))});
    }
    parameters.sort(
        java.util.Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
    StringBuilder query = new StringBuilder();
    for (String[] parameter : parameters) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(parameter[0]).append('=').append(parameter[1]);
    }
    return query.toString();
  }

  /** Percent-decoding only ({@code +} stays a plus); a malformed escape is kept as it is. */
  private static String uriDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int high = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
      if (low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String uriEncode(String text) {
    StringBuilder encoded = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(HEX.withUpperCase().toHexDigits((byte) c));
      }
    }
    return encoded.toString();
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HmacSHA256", e);
    }
  }

  private static String shorten(String text) {
    return text == null || text.length() <= 64 ? text : text.substring(0, 64) + "...";
  }
}
