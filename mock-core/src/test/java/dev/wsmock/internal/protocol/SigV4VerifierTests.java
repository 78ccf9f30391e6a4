package dev.wsmock.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.error.ServiceException;
import dev.wsmock.internal.model.RegionNames;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The authentication step on hand-made headers: what an SDK never sends. Signatures here are computed with the
 * verifier's own {@link SigV4Verifier#signature}, which {@code StrictSignatureTests} proves equal to the AWS SDK
 * signer's, so each refusal below is of a request that is otherwise correctly signed.
 */
class SigV4VerifierTests {
  private static final String KEY = "AKIAOWNEREXAMPLE0001";
  private static final String SECRET = "owner-secret-0001";
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final String AMZ_DATE = "20261126T100000Z";
  private static final SigV4Verifier STRICT =
      SigV4Verifier.strict(key -> KEY.equals(key) ? Optional.of(SECRET) : Optional.empty());
  private static final SigV4Verifier LAX = SigV4Verifier.off();

  private static Map<String, String> headers(String authorization) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Host", "127.0.0.1:4566");
    headers.put("Content-Type", "application/x-amz-json-1.1");
    headers.put("X-Amz-Target", "WorkspacesService.DescribeWorkspaceImages");
    headers.put("X-Amz-Date", AMZ_DATE);
    if (authorization != null) {
      headers.put("Authorization", authorization);
    }
    return headers;
  }

  /** A call whose signature is right for {@code scopeDate} and {@code signedHeaders}. */
  private static HttpCall signedCall(String scopeDate, String signedHeaders) {
    HttpCall unsigned =
        new HttpCall("POST", "/", headers(null), "{}".getBytes(StandardCharsets.UTF_8));
    SigV4Credential scope =
        new SigV4Credential(KEY, scopeDate, "us-east-1", "workspaces", "aws4_request");
    String signature = SigV4Verifier.signature(unsigned, scope, signedHeaders, AMZ_DATE, SECRET);
    Map<String, String> headers =
        headers(
            "AWS4-HMAC-SHA256 Credential="
                + KEY
                + "/"
                + scopeDate
                + "/us-east-1/workspaces/aws4_request, SignedHeaders="
                + signedHeaders
                + ", Signature="
                + signature);
    return new HttpCall("POST", "/", headers, unsigned.body());
  }

  private static HttpCall lax(String authorization) {
    return new HttpCall("POST", "/", headers(authorization), "{}".getBytes(StandardCharsets.UTF_8));
  }

  private static ServiceError refusal(SigV4Verifier verifier, HttpCall call) {
    ServiceException e =
        catchThrowableOfType(ServiceException.class, () -> verifier.authenticate(call, NOW));
    assertThat(e).as("refused").isNotNull();
    return e.error();
  }

  @Test
  void a_correctly_signed_call_passes() {
    assertThat(
            STRICT.authenticate(
                signedCall("20261126", "content-type;host;x-amz-date;x-amz-target"), NOW))
        .isEqualTo(new SigV4Credential(KEY, "20261126", "us-east-1", "workspaces", "aws4_request"));
  }

  @Test
  void a_signature_over_x_amz_date_alone_is_refused() {
    ServiceError error = refusal(STRICT, signedCall("20261126", "x-amz-date"));
    assertThat(error.code()).isEqualTo("InvalidSignatureException");
    assertThat(error.message())
        .isEqualTo("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }

  @Test
  void a_signature_without_the_target_is_refused() {
    ServiceError error = refusal(STRICT, signedCall("20261126", "content-type;host;x-amz-date"));
    assertThat(error.message())
        .isEqualTo("'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization.");
  }

  @Test
  void the_scope_date_must_be_exactly_the_date_of_X_Amz_Date() {
    for (String date : List.of("", "2026", "202611", "20261125")) {
      ServiceError error =
          refusal(STRICT, signedCall(date, "content-type;host;x-amz-date;x-amz-target"));
      assertThat(error.code()).as(date).isEqualTo("InvalidSignatureException");
      assertThat(error.message())
          .isEqualTo(
              "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
                  + " HTTP: '"
                  + date
                  + "' != '20261126', from '20261126T100000Z'.");
    }
  }

  @Test
  void every_scope_problem_is_named_in_one_message_as_coral_does() {
    HttpCall call =
        lax(
            "AWS4-HMAC-SHA256 Credential="
                + KEY
                + "/20261125/zz-fake-9/ec2/aws5_request, SignedHeaders=host;x-amz-target,"
                + " Signature=00");
    assertThat(refusal(STRICT, call).message())
        .isEqualTo(
            "Credential should be scoped to a valid region, not 'zz-fake-9'. Credential should be"
                + " scoped to correct service: 'workspaces'. Credential should be scoped with a valid"
                + " terminator: 'aws4_request', not 'aws5_request'. Date in Credential scope does not"
                + " match YYYYMMDD from ISO-8601 version of date from HTTP: '20261125' != '20261126',"
                + " from '20261126T100000Z'.");
  }

  // ---- lax auth reads the header exactly too ----

  @Test
  void a_prefixed_parameter_name_is_not_the_parameter() {
    ServiceError error =
        refusal(
            LAX,
            lax(
                "AWS4-HMAC-SHA256 XCredential=111111111111/20261126/us-east-1/workspaces/aws4_request,"
                    + " SignedHeaders=host, Signature=00"));
    assertThat(error.code()).isEqualTo("IncompleteSignatureException");
    assertThat(error.message()).startsWith("Authorization header requires 'Credential' parameter.");
  }

  @Test
  void a_component_without_an_equal_sign_is_refused_in_coral_words() {
    ServiceError error = refusal(LAX, lax("AWS4-HMAC-SHA256 FooBar, BazBurp"));
    assertThat(error.code()).isEqualTo("IncompleteSignatureException");
    assertThat(error.message())
        .isEqualTo(
            "'FooBar' not a valid key=value pair (missing equal-sign) in Authorization header:"
                + " 'AWS4-HMAC-SHA256 FooBar, BazBurp'");
  }

  @Test
  void a_parameter_given_twice_is_refused() {
    ServiceError error =
        refusal(
            LAX,
            lax(
                "AWS4-HMAC-SHA256 Credential=111111111111/20261126/us-east-1/workspaces/aws4_request,"
                    + " Credential=222222222222/20261126/us-east-1/workspaces/aws4_request,"
                    + " SignedHeaders=host, Signature=00"));
    assertThat(error.code()).isEqualTo("IncompleteSignatureException");
  }

  @Test
  void every_missing_parameter_is_named_and_strict_auth_also_wants_the_date() {
    HttpCall noDate =
        new HttpCall(
            "POST",
            "/",
            new TreeMap<>(Map.of("Authorization", "AWS4-HMAC-SHA256 Credential=k")),
            new byte[0]);
    assertThat(refusal(STRICT, noDate).message())
        .isEqualTo(
            "Authorization header requires 'Signature' parameter. Authorization header requires"
                + " 'SignedHeaders' parameter. Authorization header requires existence of either a"
                + " 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 Credential=k");
    assertThat(refusal(LAX, noDate).message())
        .isEqualTo(
            "Authorization header requires 'Signature' parameter. Authorization header requires"
                + " 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256 Credential=k");
  }

  @Test
  void lax_auth_accepts_only_the_algorithm_AWS_has() {
    ServiceError error =
        refusal(
            LAX,
            lax(
                "AWS4-ECDSA-P256-SHA256 Credential=111111111111/20261126/us-east-1/workspaces/aws4_request,"
                    + " SignedHeaders=host, Signature=00"));
    assertThat(error.code()).isEqualTo("IncompleteSignatureException");
  }

  @Test
  void a_header_that_is_not_sigv4_is_a_missing_token_as_in_coral() {
    assertThat(refusal(LAX, lax("Bearer abc")).code())
        .isEqualTo("MissingAuthenticationTokenException");
  }

  @Test
  void lax_auth_refuses_region_names_no_partition_has() {
    for (String region : List.of("-", "zz-fake-9", "us-east", "US-EAST-1", "a".repeat(31))) {
      ServiceError error =
          refusal(
              LAX,
              lax(
                  "AWS4-HMAC-SHA256 Credential=111111111111/20261126/"
                      + region
                      + "/workspaces/aws4_request, SignedHeaders=host, Signature=00"));
      assertThat(error.code()).as(region).isEqualTo("InvalidSignatureException");
      assertThat(error.message())
          .startsWith("Credential should be scoped to a valid region, not '");
    }
    for (String region :
        List.of("us-east-1", "eu-central-2", "cn-north-1", "us-gov-west-1", "us-isob-east-1")) {
      assertThat(
              LAX.authenticate(
                      lax(
                          "AWS4-HMAC-SHA256 Credential=111111111111/20261126/"
                              + region
                              + "/workspaces/aws4_request, SignedHeaders=host, Signature=00"),
                      NOW)
                  .region())
          .isEqualTo(region);
    }
  }

  @Test
  void a_declared_extra_region_is_accepted() {
    SigV4Verifier verifier = SigV4Verifier.lax(RegionNames.withExtra(List.of("local")));
    assertThat(
            verifier
                .authenticate(
                    lax(
                        "AWS4-HMAC-SHA256 Credential=111111111111/20261126/local/workspaces/aws4_request,"
                            + " SignedHeaders=host, Signature=00"),
                    NOW)
                .region())
        .isEqualTo("local");
  }

  @Test
  void the_canonical_query_string_is_sorted_and_encoded_as_sigv4_wants() {
    assertThat(SigV4Verifier.canonicalQuery(null)).isEmpty();
    assertThat(SigV4Verifier.canonicalQuery("b=2&a=1&a=0&c")).isEqualTo("a=0&a=1&b=2&c=");
    assertThat(SigV4Verifier.canonicalQuery("x=a%20b&y=%7e*&z=%zz"))
        .isEqualTo("x=a%20b&y=~%2A&z=%25zz");
  }
}
