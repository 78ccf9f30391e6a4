package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The WorkSpaces service contract derived from botocore's model (tools/contract), and the checks
 * driven by it. Immutable and thread-safe once loaded; load it once and share the instance, because
 * loading compiles every pattern and builds the validator tree that {@link #checkInput} walks.
 */
public final class ServiceContract {

  /** Classpath location of the generated contract. */
  public static final String DEFAULT_RESOURCE =
      "/dev/wsmock/internal/contract/workspaces-2015-04-08.contract.json";

  private final Set<String> allOperations;
  private final Map<String, OperationContract> operations;
  private final Set<String> modelled;
  private final List<String> skippedPatterns;
  private final ErrorBodyChecker errorChecker;

  private ServiceContract(ContractReader reader) {
    this.allOperations = reader.allOperations;
    this.operations = reader.operations;
    this.modelled =
        java.util.Collections.unmodifiableSet(new TreeSet<>(reader.operations.keySet()));
    this.skippedPatterns = reader.shapes.skippedPatterns();
    this.errorChecker = new ErrorBodyChecker(Map.copyOf(reader.shapes.refs()));
  }

  /** Loads the contract bundled with wsmock. */
  public static ServiceContract loadDefault() {
    try (InputStream in = ServiceContract.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bundled contract, loaded once and shared by every mock in the JVM: it is immutable, and loading it again
   * for each mock cost about 2 ms of every start (measured by the benchmarks module).
   */
  public static ServiceContract bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final ServiceContract INSTANCE = loadDefault();
  }

  /** Loads a contract in the format tools/contract/derive_contract.py writes. Does not close {@code in}. */
  public static ServiceContract load(InputStream in) {
    try {
      return new ServiceContract(new ContractReader(Json.plain().readTree(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True for any operation of the real service, modelled by wsmock or not. */
  public boolean isKnownOperation(String operationName) {
    return allOperations.contains(operationName);
  }

  /** True for the operations wsmock implements. */
  public boolean isModelledOperation(String operationName) {
    return operations.containsKey(operationName);
  }

  /** The modelled operations, sorted. */
  public Set<String> modelledOperations() {
    return modelled;
  }

  /**
   * The top-level member names of the operation's input shape, e.g. {@code ImageId}, {@code SharedAccountId}; empty
   * for an operation that is not modelled (or {@code null}).
   */
  public Set<String> inputMembers(String operationName) {
    OperationContract op = operationName == null ? null : operations.get(operationName);
    return op == null ? Set.of() : op.input().memberNames();
  }

  /** Error shape names the model declares for the operation, e.g. {@code ResourceNotFoundException}. */
  public Set<String> declaredErrors(String operationName) {
    return operation(operationName).errors();
  }

  /** Paging facts, or empty when the operation does not page. */
  public Optional<Pagination> pagination(String operationName) {
    return operation(operationName).pagination();
  }

  /** Checks a parsed request body: JSON types first (first mismatch wins), then all constraints. */
  public InputCheck checkInput(String operationName, JsonNode body) {
    InputFindings findings = new InputFindings();
    operation(operationName).input().checkBody(body, findings);
    return findings.result();
  }

  /**
   * Checks a success response body against the output shape; empty when it conforms. AWS JSON 1.1 answers every
   * success with a JSON object, {@code {}} for an empty output, so a {@code null} or missing body is a breach.
   */
  public List<ShapeViolation> checkOutput(String operationName, JsonNode body) {
    OutputFindings findings = new OutputFindings();
    if (body == null || body.isNull() || body.isMissingNode()) {
      operation(operationName);
      findings.add(new ShapeViolation("", "A success body must be a JSON object ({} when empty)"));
      return findings.result();
    }
    operation(operationName).output().checkBody(body, findings);
    return findings.result();
  }

  /** Checks an error response: declared or protocol-level code, {@code __type} and {@code message}. */
  public List<ShapeViolation> checkError(String operationName, String errorCode, JsonNode body) {
    return errorChecker.check(operation(operationName), errorCode, body);
  }

  /**
   * As {@link #checkError(String, String, JsonNode)}, but {@code alsoAllowed} codes count as declared: the
   * serve-time self-check passes the mock's documented decisions this way instead of weakening the contract.
   */
  public List<ShapeViolation> checkError(
      String operationName, String errorCode, JsonNode body, Set<String> alsoAllowed) {
    return errorChecker.check(operation(operationName), errorCode, body, alsoAllowed);
  }

  /** True for the codes the request framework may answer to any operation (throttling, InternalFailure, ...). */
  public boolean isProtocolError(String errorCode) {
    return ProtocolErrors.CODES.contains(errorCode);
  }

  /** Model patterns java.util.regex could not compile (not enforced). Empty for the bundled contract. */
  List<String> skippedPatterns() {
    return skippedPatterns;
  }

  private OperationContract operation(String name) {
    OperationContract op = operations.get(name);
    if (op == null) {
      throw new IllegalArgumentException("not a modelled operation: " + name);
    }
    return op;
  }
}
