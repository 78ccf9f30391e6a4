package dev.wsmock.internal.protocol;

import dev.wsmock.MockBehaviour;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The error codes the mock sends although the service model does not declare them for the operation: each is a
 * decision of the behaviour reference ({@code docs/behaviour.md}), listed here with its reason so the serve-time self-check can stay strict about
 * everything else. Adding an entry needs a rule in docs/behaviour.md first.
 */
public final class ContractAllowList {

  /**
   * One allowed undeclared code.
   *
   * @param operation the AWS operation name, or {@code "*"} for every operation
   * @param errorCode the code the mock may send
   * @param reason the docs/behaviour.md rule that makes the mock send it
   */
  public record Entry(String operation, String errorCode, String reason) {
    boolean covers(String operationName) {
      return "*".equals(operation) || operation.equals(operationName);
    }
  }

  /** Always allowed. */
  public static final List<Entry> ENTRIES =
      List.of(
          new Entry(
              "DescribeWorkspaceImages",
              "InvalidParameterValuesException",
              "docs/behaviour.md, Pagination: a malformed, foreign or other-filter NextToken -> InvalidParameterValuesException"
                  + " (\"The specified token is invalid.\"); the model declares only AccessDeniedException"),
          new Entry(
              "DeleteWorkspaceImage",
              "ResourceNotFoundException",
              "docs/behaviour.md, DeleteWorkspaceImage: unknown or not owned -> 200, switch ResourceNotFoundException"
                  + " (MockBehaviour.DeleteOfUnknownImage.RESOURCE_NOT_FOUND)"));

  /** Allowed when the answer is to an operation wsmock does not model (any other real WorkSpaces operation). */
  public static final Entry UNMODELLED_OPERATION =
      new Entry(
          "*",
          "OperationNotSupportedException",
          "docs/behaviour.md, Requests: a real but unmodelled WorkSpaces operation is answered OperationNotSupportedException,"
              + " so a client learns the mock's limit instead of a misleading UnknownOperationException");

  /** Allowed only while {@link MockBehaviour#constraintErrors()} is {@code INVALID_PARAMETER_VALUES}. */
  public static final Entry CONSTRAINT_SWITCH =
      new Entry(
          "*",
          "InvalidParameterValuesException",
          "docs/behaviour.md, Requests: shape-constraint violations are ValidationException, switch InvalidParameterValuesException");

  private ContractAllowList() {}

  /** The extra codes allowed for {@code operationName} under {@code behaviour}. */
  public static Set<String> extraCodes(String operationName, MockBehaviour behaviour) {
    Set<String> codes =
        ENTRIES.stream()
            .filter(e -> e.covers(operationName))
            .map(Entry::errorCode)
            .collect(Collectors.toCollection(java.util.HashSet::new));
    if (behaviour.constraintErrors() == MockBehaviour.ConstraintErrors.INVALID_PARAMETER_VALUES) {
      codes.add(CONSTRAINT_SWITCH.errorCode());
    }
    return Set.copyOf(codes);
  }
}
