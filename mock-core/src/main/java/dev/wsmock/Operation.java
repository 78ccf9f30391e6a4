package dev.wsmock;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The WorkSpaces operations the mock models. Every other WorkSpaces operation is answered with a 400 that names it
 * and says it is not modelled.
 *
 * <pre>{@code
 * mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
 * }</pre>
 */
public enum Operation {
  DESCRIBE_WORKSPACE_IMAGES("DescribeWorkspaceImages"),
  DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS("DescribeWorkspaceImagePermissions"),
  UPDATE_WORKSPACE_IMAGE_PERMISSION("UpdateWorkspaceImagePermission"),
  DELETE_WORKSPACE_IMAGE("DeleteWorkspaceImage"),
  COPY_WORKSPACE_IMAGE("CopyWorkspaceImage"),
  CREATE_WORKSPACE_IMAGE("CreateWorkspaceImage"),
  IMPORT_WORKSPACE_IMAGE("ImportWorkspaceImage"),
  CREATE_UPDATED_WORKSPACE_IMAGE("CreateUpdatedWorkspaceImage"),
  CREATE_TAGS("CreateTags"),
  DESCRIBE_TAGS("DescribeTags"),
  DELETE_TAGS("DeleteTags"),
  CREATE_WORKSPACE_BUNDLE("CreateWorkspaceBundle"),
  DESCRIBE_WORKSPACE_BUNDLES("DescribeWorkspaceBundles"),
  UPDATE_WORKSPACE_BUNDLE("UpdateWorkspaceBundle"),
  DELETE_WORKSPACE_BUNDLE("DeleteWorkspaceBundle"),
  DESCRIBE_IMAGE_ASSOCIATIONS("DescribeImageAssociations"),
  IMPORT_CUSTOM_WORKSPACE_IMAGE("ImportCustomWorkspaceImage"),
  DESCRIBE_CUSTOM_WORKSPACE_IMAGE_IMPORT("DescribeCustomWorkspaceImageImport"),
  REGISTER_WORKSPACE_DIRECTORY("RegisterWorkspaceDirectory"),
  DESCRIBE_WORKSPACE_DIRECTORIES("DescribeWorkspaceDirectories"),
  DEREGISTER_WORKSPACE_DIRECTORY("DeregisterWorkspaceDirectory");

  /** The JSON 1.1 target prefix of WorkSpaces: {@code X-Amz-Target: WorkspacesService.<Operation>}. */
  public static final String TARGET_PREFIX = "WorkspacesService.";

  private static final Map<String, Operation> BY_AWS_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(Operation::awsName, Function.identity()));

  private final String awsName;

  Operation(String awsName) {
    this.awsName = awsName;
  }

  /** The operation's name in the AWS API, e.g. {@code UpdateWorkspaceImagePermission}. */
  public String awsName() {
    return awsName;
  }

  /** The {@code X-Amz-Target} header value, e.g. {@code WorkspacesService.UpdateWorkspaceImagePermission}. */
  public String target() {
    return TARGET_PREFIX + awsName;
  }

  /** The modelled operation with this AWS name, if any. */
  public static Optional<Operation> fromAwsName(String awsName) {
    return Optional.ofNullable(BY_AWS_NAME.get(awsName));
  }

  /** Whether the operation changes state (and so must not be blindly retried after a lost response). */
  public boolean isMutating() {
    return !awsName.startsWith("Describe");
  }
}
