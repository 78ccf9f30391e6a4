package dev.wsmock.internal.contract;

import java.util.Optional;
import java.util.Set;

/** One modelled operation, resolved to validator nodes. */
record OperationContract(
    String name,
    StructureNode input,
    StructureNode output,
    Set<String> errors,
    Optional<Pagination> pagination) {}
