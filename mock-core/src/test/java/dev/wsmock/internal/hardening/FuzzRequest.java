package dev.wsmock.internal.hardening;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.internal.protocol.HttpCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

/**
 * One generated request: what was done to it, the HTTP call, and whether it must be refused.
 *
 * @param operation the modelled operation the body was generated for (the target may have been mutated away)
 * @param mustFail the request is invalid whatever the state: the answer must be an AWS-format 4xx
 */
record FuzzRequest(String operation, Mutation mutation, HttpCall call, boolean mustFail) {

  /** What was done to a valid request. */
  enum Mutation {
    NONE,
    WRONG_TYPE,
    OUT_OF_RANGE,
    UNKNOWN_MEMBER,
    MISSING_MEMBERS,
    TRUNCATED,
    OVERSIZED,
    DEEP_NESTING,
    NOT_AN_OBJECT,
    ODD_ENCODING,
    MISSING_AUTH,
    GARBAGE_AUTH,
    UNKNOWN_TARGET,
    UNMODELLED_OPERATION,
    HOSTILE_TARGET,
    WRONG_CONTENT_TYPE,
    WRONG_METHOD_OR_PATH,
    HUGE_HEADERS
  }

  private static final Mutation[] MUTATIONS = Mutation.values();

  @Override
  public String toString() {
    String body =
        new String(call.body(), 0, Math.min(call.body().length, 300), StandardCharsets.UTF_8);
    return mutation
        + " "
        + call.method()
        + " "
        + call.path()
        + " "
        + call.header("X-Amz-Target")
        + " as "
        + call.header("Authorization")
        + " body("
        + call.body().length
        + "B)="
        + body;
  }

  static FuzzRequest generate(ContractRequests contract, Random random, int maxBodyBytes) {
    String operation =
        contract.operationNames().get(random.nextInt(contract.operationNames().size()));
    // biased towards the account and region holding most seeded images, so valid requests often
    // succeed
    String account =
        random.nextBoolean()
            ? "111111111111"
            : ContractRequests.ACCOUNTS[random.nextInt(ContractRequests.ACCOUNTS.length)];
    String region =
        random.nextBoolean()
            ? "us-east-1"
            : ContractRequests.REGIONS[random.nextInt(ContractRequests.REGIONS.length)];
    ObjectNode body = contract.valid(operation, random);
    Map<String, String> headers =
        InProcess.headers(
            operation, random.nextInt(10) == 0 ? "AKIAUNMAPPEDKEY00001" : account, region);
    // half the requests are valid, so the state gets deep enough for the business rules to matter
    Mutation mutation =
        random.nextBoolean() ? Mutation.NONE : MUTATIONS[1 + random.nextInt(MUTATIONS.length - 1)];
    String method = "POST";
    String path = "/";
    byte[] bytes = null;
    boolean mustFail = true;
    switch (mutation) {
      case NONE -> mustFail = false;
      case WRONG_TYPE -> mustFail = contract.wrongType(body, random);
      case OUT_OF_RANGE -> {
        contract.outOfRange(operation, body, random);
        mustFail = false; // removing an optional member keeps the request valid
      }
      case UNKNOWN_MEMBER -> {
        body.put(
            "NoSuchMember" + random.nextInt(100), random.nextBoolean() ? "x" : "{\"nested\":true}");
        mustFail = false;
      }
      case MISSING_MEMBERS -> {
        body.removeAll();
        mustFail = false; // operations without required members accept {}
      }
      case TRUNCATED -> {
        byte[] full = write(body);
        bytes = Arrays.copyOf(full, 1 + random.nextInt(full.length - 1));
      }
      case OVERSIZED -> {
        // past the limit, but only just: the body is all buffered by the time the pipeline sees it
        body.put("Description", "x".repeat(maxBodyBytes + random.nextInt(1024)));
      }
      case DEEP_NESTING -> {
        ObjectNode deepest = body;
        for (int i = 0; i < 80 + random.nextInt(200); i++) {
          deepest = deepest.putObject("Nested");
        }
      }
      case NOT_AN_OBJECT ->
          bytes =
              switch (random.nextInt(5)) {
                case 0 -> "[]".getBytes(StandardCharsets.UTF_8);
                case 1 -> "42".getBytes(StandardCharsets.UTF_8);
                case 2 -> "\"text\"".getBytes(StandardCharsets.UTF_8);
                case 3 -> "null".getBytes(StandardCharsets.UTF_8);
                default -> "{} {}".getBytes(StandardCharsets.UTF_8);
              };
      case ODD_ENCODING -> {
        mustFail = false;
        String text = new String(write(body), StandardCharsets.UTF_8);
        bytes =
            switch (random.nextInt(5)) {
              case 0 -> text.getBytes(StandardCharsets.UTF_16BE);
              case 1 ->
                  concat(
                      new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                      text.getBytes(StandardCharsets.UTF_8));
              case 2 ->
                  concat(
                      text.substring(0, text.length() - 1).getBytes(StandardCharsets.UTF_8),
                      new byte[] {
                        ',', '"', 'X', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', ':', '1', '}'
                      });
              case 3 -> text.replace("\"", "\"\\u0000").getBytes(StandardCharsets.UTF_8);
              default -> ("\u00a0\t\r\n" + text + "\u0000").getBytes(StandardCharsets.UTF_8);
            };
      }
      case MISSING_AUTH -> headers.remove("Authorization");
      case GARBAGE_AUTH ->
          headers.put(
              "Authorization",
              switch (random.nextInt(5)) {
                case 0 -> "Bearer abc";
                case 1 ->
                    "AWS4-HMAC-SHA256 Credential=onlyonepart, SignedHeaders=host, Signature=00";
                case 2 ->
                    "AWS4-HMAC-SHA256 Credential=AKID/20261126/US EAST/workspaces/aws4_request, SignedHeaders=host, Signature=00";
                case 3 -> "AWS4-HMAC-SHA256 SignedHeaders=host";
                default ->
                    "AWS4-HMAC-SHA256 Credential=" + "A".repeat(5000) + "/d/r/s/aws4_request";
              });
      case UNKNOWN_TARGET ->
          headers.put(
              "X-Amz-Target",
              random.nextBoolean()
                  ? "WorkspacesService.NoSuchOperation"
                  : "DynamoDB_20120810." + operation);
      case UNMODELLED_OPERATION ->
          headers.put("X-Amz-Target", "WorkspacesService.DescribeWorkspaces");
      case HOSTILE_TARGET ->
          headers.put(
              "X-Amz-Target",
              switch (random.nextInt(4)) {
                case 0 -> "WorkspacesService." + "A".repeat(10_000);
                case 1 -> "WorkspacesService.\u0000\u202e<script>";
                case 2 -> "WorkspacesService.";
                default -> "WorkspacesService.describeworkspaceimages\r\nX-Injected: 1";
              });
      case WRONG_CONTENT_TYPE ->
          headers.put(
              "Content-Type",
              random.nextBoolean() ? "text/html" : "multipart/form-data; boundary=x");
      case WRONG_METHOD_OR_PATH -> {
        if (random.nextBoolean()) {
          method = random.nextBoolean() ? "GET" : "DELETE";
        } else {
          path = random.nextBoolean() ? "/../etc/passwd" : "/2015-04-08/images";
        }
      }
      case HUGE_HEADERS -> {
        mustFail = false;
        headers.put(
            "amz-sdk-request",
            "attempt=" + "9".repeat(random.nextInt(40)) + "; max=" + "x".repeat(8000));
        headers.put("amz-sdk-invocation-id", "\u0000".repeat(100));
        headers.put("X-Forwarded-For", "1.2.3.4, ".repeat(500));
      }
      default -> throw new IllegalStateException("unhandled " + mutation);
    }
    return new FuzzRequest(
        operation,
        mutation,
        new HttpCall(method, path, headers, bytes != null ? bytes : write(body)),
        mustFail);
  }

  private static byte[] write(ObjectNode body) {
    try {
      return InProcess.JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  static ObjectNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }
}
