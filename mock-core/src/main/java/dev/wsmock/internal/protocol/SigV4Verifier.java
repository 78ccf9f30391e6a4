package dev.wsmock.internal.protocol;

import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.error.ServiceException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authentication step of strict auth: verifies a request's AWS Signature Version 4 with the secret configured
 * for its access key, the way AWS does (canonical request over the signed headers, string to sign, derived key).
 * The payload hash is computed from the body, never taken from {@code x-amz-content-sha256}: boto3 does not send
 * that header, and trusting it would let a body be swapped under a valid signature.
 *
 * <p>When strict auth is off ({@link #off()}), nothing is checked: the SDKs sign correctly and most tests do
 * not care about secrets.
 */
public final class SigV4Verifier {
  /** How far {@code X-Amz-Date} may be from the mock's clock, as in AWS. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final String SERVICE = "workspaces";
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private final Function<String, Optional<String>> secrets;

  private SigV4Verifier(Function<String, Optional<String>> secrets) {
    this.secrets = secrets;
  }

  /** Checks nothing. */
  public static SigV4Verifier off() {
    return new SigV4Verifier(null);
  }

  /** Verifies every request with the secret {@code secrets} gives for its access key; none = unknown key. */
  public static SigV4Verifier strict(Function<String, Optional<String>> secrets) {
    return new SigV4Verifier(secrets);
  }

  public boolean isStrict() {
    return secrets != null;
  }

  /** Throws the AWS error for the first check that fails; returns quietly when strict auth is off. */
  public void verify(HttpCall call, SigV4Credential credential, Instant now) {
    if (secrets == null) {
      return;
    }
    String secret =
        secrets
            .apply(credential.accessKeyId())
            .orElseThrow(
                () ->
                    new ServiceException(
                        new ServiceError.UnrecognizedClient(
                            "The security token included in the request is invalid.")));
    String amzDate = call.header("X-Amz-Date");
    if (amzDate == null) {
      throw new ServiceException(
          new ServiceError.IncompleteSignature(
              "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."));
    }
    Instant signedAt = parseAmzDate(amzDate);
    checkSkew(signedAt, now);
    if (!amzDate.startsWith(credential.date())) {
      throw new ServiceException(
          new ServiceError.InvalidSignature(
              "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                  + credential.date()
                  + "' != '"
                  + amzDate.substring(0, Math.min(8, amzDate.length()))
                  + "', from '"
                  + amzDate
                  + "'."));
    }
    if (!SERVICE.equals(credential.service())) {
      throw new ServiceException(
          new ServiceError.InvalidSignature(
              "Credential should be scoped to correct service: '" + SERVICE + "'. "));
    }
    String expected = signature(call, credential, amzDate, secret);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        credential.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
      throw new ServiceException(
          new ServiceError.InvalidSignature(
              "The request signature we calculated does not match the signature you provided. Check your AWS Secret"
                  + " Access Key and signing method. Consult the service documentation for details."));
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
      HttpCall call, SigV4Credential credential, String amzDate, String secret) {
    String scope =
        credential.date()
            + "/"
            + credential.region()
            + "/"
            + credential.service()
            + "/aws4_request";
    String stringToSign =
        ALGORITHM
            + "\n"
            + amzDate
            + "\n"
            + scope
            + "\n"
            + HEX.formatHex(
                sha256(
                    canonicalRequest(call, credential.signedHeaders())
                        .getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), credential.date());
    key = hmac(key, credential.region());
    key = hmac(key, credential.service());
    key = hmac(key, "aws4_request");
    return HEX.formatHex(hmac(key, stringToSign));
  }

  /**
   * Method, path, query (the protocol is POST / without one), each signed header as {@code name:value} with
   * inner whitespace runs folded, the signed header list, and the body's SHA-256.
   */
  static String canonicalRequest(HttpCall call, String signedHeaders) {
    StringBuilder canonical =
        new StringBuilder(256)
            .append(call.method().toUpperCase(Locale.ROOT))
            .append('\n')
            .append(call.path())
            .append('\n')
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
    return text.length() <= 64 ? text : text.substring(0, 64) + "...";
  }
}
