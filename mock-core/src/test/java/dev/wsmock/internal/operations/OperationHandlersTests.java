package dev.wsmock.internal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.Consistency;
import dev.wsmock.MockBehaviour;
import dev.wsmock.Operation;
import dev.wsmock.internal.model.RegionNames;
import dev.wsmock.internal.model.ServiceState;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The registry's wiring: each operation's handler is for that operation and reads that operation's request shape. */
class OperationHandlersTests {
  private static final OperationHandlers HANDLERS =
      new OperationHandlers(
          new ModelContext(
              new ServiceState(0, "123456789012"),
              MockBehaviour.defaults(),
              Duration.ZERO,
              PageTokens.randomKey(),
              () -> Consistency.IMMEDIATE,
              RegionNames.standard()));

  @ParameterizedTest
  @EnumSource(Operation.class)
  void each_operation_has_its_own_handler_reading_its_own_request(Operation operation) {
    OperationHandler<?, ?> handler = HANDLERS.handler(operation);

    assertThat(handler.operation()).isEqualTo(operation);
    assertThat(handler.inputType().getSimpleName()).isEqualTo(operation.awsName() + "Request");
  }
}
