package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads the contract JSON (see tools/contract/README.md) into operations and node trees. */
final class ContractReader {

  final Set<String> allOperations;
  final Map<String, OperationContract> operations;
  final ShapeTreeBuilder shapes;

  ContractReader(JsonNode root) {
    this.shapes = ShapeTreeBuilder.build(required(root, "shapes"));
    Set<String> all = new TreeSet<>();
    required(root, "allOperations").forEach(n -> all.add(n.asText()));
    this.allOperations = Set.copyOf(all);
    Map<String, OperationContract> ops = new LinkedHashMap<>();
    required(root, "operations")
        .fields()
        .forEachRemaining(e -> ops.put(e.getKey(), operation(e.getKey(), e.getValue())));
    this.operations = Map.copyOf(ops);
  }

  private OperationContract operation(String name, JsonNode op) {
    Set<String> errors = new LinkedHashSet<>();
    op.path("errors").forEach(e -> errors.add(e.asText()));
    return new OperationContract(
        name,
        structure(op, "input"),
        structure(op, "output"),
        Set.copyOf(errors),
        pagination(op.get("pagination")));
  }

  private StructureNode structure(JsonNode op, String field) {
    String shapeName = op.path(field).asText(null);
    if (shapeName == null) {
      // An operation without an input or output shape takes/returns an empty structure.
      return new StructureNode(java.util.List.of());
    }
    NodeRef ref = shapes.refs().get(shapeName);
    if (ref == null || !(ref.get() instanceof StructureNode s)) {
      throw new IllegalArgumentException(
          field + " shape " + shapeName + " is not a structure in the contract");
    }
    return s;
  }

  private static Optional<Pagination> pagination(JsonNode p) {
    if (p == null || p.isNull()) {
      return Optional.empty();
    }
    return Optional.of(
        new Pagination(
            p.path("paginator").asBoolean(false),
            text(p, "inputToken"),
            text(p, "outputToken"),
            text(p, "limitKey"),
            text(p, "resultKey")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static JsonNode required(JsonNode root, String field) {
    JsonNode v = root.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("contract has no '" + field + "'");
    }
    return v;
  }
}
