package dev.wsmock.internal.protocol;

import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.error.ServiceException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The credential scope of a SigV4 {@code Authorization} header:
 * {@code AWS4-HMAC-SHA256 Credential=<AKID>/<date>/<region>/<service>/aws4_request, SignedHeaders=..., Signature=...}.
 * The account comes from the access key and the region from the scope, never from the Host header (endpoint
 * overrides keep the override's host).
 */
public record SigV4Credential(
    String accessKeyId, String date, String region, String service, String terminator) {

  /** The one algorithm AWS accepts. */
  public static final String ALGORITHM = "AWS4-HMAC-SHA256";

  /** The last element of every credential scope. */
  public static final String TERMINATOR = "aws4_request";

  private static final String[] REQUIRED = {"Credential", "Signature", "SignedHeaders"};

  /**
   * The parts of an {@code Authorization} header, read exactly as Coral reads it: the algorithm, then
   * {@code key=value} components separated by commas or spaces, named exactly {@code Credential}, {@code SignedHeaders}
   * and {@code Signature} ({@code XCredential=} is not {@code Credential=}). Components of other names are ignored,
   * as AWS ignores them; a component named twice is refused.
   *
   * @param text the whole header, for messages
   */
  public record Authorization(
      String text, String algorithm, String credential, String signedHeaders, String signature) {

    /**
     * Reads {@code header}; {@code dateHeaderMissing} adds Coral's complaint about a missing {@code X-Amz-Date} to
     * the missing-component message (strict auth needs the date; lax auth does not read it).
     */
    public static Authorization parse(String header, boolean dateHeaderMissing) {
      if (header == null || !header.strip().startsWith("AWS4-")) {
        throw new ServiceException(
            new ServiceError.MissingAuthenticationToken("Request is missing Authentication Token"));
      }
      String text = header.strip();
      String[] tokens = text.split("[,\\s]+");
      Map<String, String> components = new LinkedHashMap<>();
      for (int i = 1; i < tokens.length; i++) {
        String token = tokens[i];
        int equals = token.indexOf('=');
        if (equals < 0) {
          throw incomplete(
              "'"
                  + shorten(token)
                  + "' not a valid key=value pair (missing equal-sign) in Authorization header: '"
                  + shorten(text)
                  + "'");
        }
        String name = token.substring(0, equals);
        if (components.put(name, token.substring(equals + 1)) != null) {
          throw incomplete(
              "Authorization header has more than one '"
                  + shorten(name)
                  + "' parameter. Authorization="
                  + shorten(text));
        }
      }
      StringBuilder missing = new StringBuilder();
      for (String name : REQUIRED) {
        String value = components.get(name);
        if (value == null || value.isEmpty()) {
          missing.append("Authorization header requires '").append(name).append("' parameter. ");
        }
      }
      if (dateHeaderMissing) {
        missing.append(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
      }
      if (missing.length() > 0) {
        throw incomplete(missing.append("Authorization=").append(shorten(text)).toString());
      }
      return new Authorization(
          text,
          tokens[0],
          components.get("Credential"),
          components.get("SignedHeaders"),
          components.get("Signature"));
    }

    /** {@code IncompleteSignatureException} unless the algorithm is exactly {@value #ALGORITHM}. */
    public void requireAlgorithm() {
      if (!ALGORITHM.equals(algorithm)) {
        throw incomplete(
            "Unsupported AWS 'algorithm': '"
                + shorten(algorithm)
                + "' (only "
                + ALGORITHM
                + " for now). ");
      }
    }

    /** Whether {@code header} is among the signed headers (names compare without case, as in AWS). */
    public boolean signs(String header) {
      for (String name : signedHeaders.split(";", -1)) {
        if (name.equalsIgnoreCase(header)) {
          return true;
        }
      }
      return false;
    }

    /** The credential scope: exactly five slash-separated elements and an access key id. */
    public SigV4Credential scope() {
      String[] scope = credential.split("/", -1);
      if (scope.length != 5 || scope[0].isEmpty()) {
        throw incomplete(
            "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '"
                + shorten(credential)
                + "'");
      }
      return new SigV4Credential(scope[0], scope[1], scope[2], scope[3], scope[4]);
    }
  }

  private static ServiceException incomplete(String message) {
    return new ServiceException(new ServiceError.IncompleteSignature(message));
  }

  static String shorten(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
