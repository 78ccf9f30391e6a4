package dev.wsmock.internal.protocol;

import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.error.ServiceException;
import java.util.regex.Pattern;

/**
 * The credential scope of a SigV4 {@code Authorization} header:
 * {@code AWS4-HMAC-SHA256 Credential=<AKID>/<date>/<region>/<service>/aws4_request, SignedHeaders=..., Signature=...}.
 * The account comes from the access key and the region from the scope, never from the Host header (endpoint
 * overrides keep the override's host).
 */
public record SigV4Credential(
    String accessKeyId,
    String date,
    String region,
    String service,
    String signedHeaders,
    String signature) {
  private static final Pattern REGION = Pattern.compile("[-0-9a-z]{1,31}");

  public static SigV4Credential parse(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw new ServiceException(
          new ServiceError.MissingAuthenticationToken("Request is missing Authentication Token"));
    }
    if (!authorization.startsWith("AWS4-")) {
      throw new ServiceException(
          new ServiceError.IncompleteSignature(
              "Authorization header must use AWS Signature Version 4 (AWS4-HMAC-SHA256). Authorization="
                  + shorten(authorization)));
    }
    String credential = parameter(authorization, "Credential");
    String signedHeaders = parameter(authorization, "SignedHeaders");
    String signature = parameter(authorization, "Signature");
    for (String[] required :
        new String[][] {
          {"Credential", credential}, {"SignedHeaders", signedHeaders}, {"Signature", signature}
        }) {
      if (required[1] == null) {
        throw new ServiceException(
            new ServiceError.IncompleteSignature(
                "Authorization header requires '"
                    + required[0]
                    + "' parameter. Authorization="
                    + shorten(authorization)));
      }
    }
    String[] scope = credential.split("/", -1);
    if (scope.length != 5
        || scope[0].isEmpty()
        || !REGION.matcher(scope[2]).matches()
        || !"aws4_request".equals(scope[4])) {
      throw new ServiceException(
          new ServiceError.IncompleteSignature(
              "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '"
                  + shorten(credential)
                  + "'"));
    }
    return new SigV4Credential(scope[0], scope[1], scope[2], scope[3], signedHeaders, signature);
  }

  private static String parameter(String authorization, String name) {
    int start = authorization.indexOf(name + "=");
    if (start < 0) {
      return null;
    }
    start += name.length() + 1;
    int end = authorization.indexOf(',', start);
    String value =
        (end < 0 ? authorization.substring(start) : authorization.substring(start, end)).trim();
    return value.isEmpty() ? null : value;
  }

  private static String shorten(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
