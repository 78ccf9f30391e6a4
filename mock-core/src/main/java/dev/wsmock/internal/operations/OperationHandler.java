package dev.wsmock.internal.operations;

import dev.wsmock.Operation;

/**
 * One AWS operation: its input shape and its rules. A handler throws {@code ServiceException} for an AWS error
 * and never renders anything itself.
 *
 * @param <I> the input shape
 * @param <O> the output shape
 */
public interface OperationHandler<I, O> {
  Operation operation();

  Class<I> inputType();

  O handle(Caller caller, I input);
}
