package dev.wsmock.scenarios.internal.checks;

import dev.wsmock.RecordedCall;
import java.util.Locale;
import java.util.Set;

/**
 * How the client that made a call reads the rest of a listing, told by its {@code User-Agent}: the AWS SDK for Java
 * v2, boto3 and the AWS CLI each have paginators for some WorkSpaces operations and not for others (SDK v2 has none
 * for DescribeWorkspaceImages or DescribeWorkspaceImagePermissions), so "use the paginator" is right only sometimes.
 */
public final class PaginationAdvice {
  /** The operations with a paginator in AWS SDK for Java v2 2.40.2 (its {@code ...Paginator} methods). */
  static final Set<String> JAVA_SDK_V2_PAGINATORS =
      Set.of(
          "DescribeApplicationAssociations",
          "DescribeApplications",
          "DescribeWorkspaceBundles",
          "DescribeWorkspaceDirectories",
          "DescribeWorkspaces",
          "ListAccountLinks");

  /** The operations with a paginator in botocore 1.43.11, shared by boto3 and the AWS CLI. */
  static final Set<String> BOTOCORE_PAGINATORS =
      Set.of(
          "DescribeAccountModifications",
          "DescribeIpGroups",
          "DescribeWorkspaceBundles",
          "DescribeWorkspaceDirectories",
          "DescribeWorkspaceImages",
          "DescribeWorkspaces",
          "DescribeWorkspacesConnectionStatus",
          "ListAccountLinks",
          "ListAvailableManagementCidrRanges");

  private PaginationAdvice() {}

  /** The clients whose advice differs, by the product token their {@code User-Agent} starts with. */
  enum Client {
    JAVA_SDK_V2,
    BOTO3,
    AWS_CLI,
    OTHER;

    static Client of(String userAgent) {
      String agent = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
      if (agent.startsWith("aws-sdk-java/2.")) {
        return JAVA_SDK_V2;
      }
      if (agent.startsWith("aws-cli/")) {
        return AWS_CLI;
      }
      if (agent.startsWith("boto3/")) {
        return BOTO3;
      }
      return OTHER;
    }
  }

  /** What the caller of {@code lastPage} should do to read the pages it left, in its own client's terms. */
  public static String forCall(RecordedCall lastPage) {
    String operation = lastPage.operationName();
    return switch (Client.of(lastPage.userAgent())) {
      case JAVA_SDK_V2 ->
          JAVA_SDK_V2_PAGINATORS.contains(operation)
              ? "use the SDK's " + lowerFirst(operation) + "Paginator"
              : "SDK v2 has no paginator for "
                  + operation
                  + ": call again with the answer's nextToken() until it is null";
      case BOTO3 ->
          BOTOCORE_PAGINATORS.contains(operation)
              ? "use client.get_paginator(\"" + snakeCase(operation) + "\")"
              : "boto3 has no paginator for "
                  + operation
                  + ": call again with NextToken=response[\"NextToken\"] until the answer has none";
      case AWS_CLI ->
          BOTOCORE_PAGINATORS.contains(operation)
              ? "the AWS CLI reads every page itself unless --no-paginate or --max-items stop it"
              : "the AWS CLI does not page "
                  + operation
                  + " itself: run it again with --next-token set to the NextToken it printed";
      case OTHER -> "call again with the answer's NextToken until the answer has none";
    };
  }

  private static String lowerFirst(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code DescribeWorkspaceImages} → {@code describe_workspace_images}, botocore's operation names. */
  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
