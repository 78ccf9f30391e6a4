package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of share, unshare, describe permissions, delete and copy; see {@link LincheckSharingModel} and
 * {@link LincheckHandlerModel}. Tagged {@code lincheck} and run with {@code -Plincheck}: on a loaded machine the
 * pair takes minutes, too long for every build.
 */
@Tag("lincheck")
class ModelLinearizabilityTests {
  /** Lincheck's hang detector otherwise fires on a merely slow (overloaded) machine. */
  private static final long INVOCATION_TIMEOUT_MILLIS = 120_000;

  @Test
  void concurrent_histories_of_the_sharing_operations_are_linearizable_under_model_checking() {
    long before = LincheckSharingModel.INVOCATIONS.get();
    new ModelCheckingOptions()
        .iterations(5)
        .invocationsPerIteration(40)
        .threads(2)
        .actorsPerThread(2)
        .actorsBefore(1)
        .actorsAfter(1)
        .invocationTimeout$lincheck(INVOCATION_TIMEOUT_MILLIS)
        .check(LincheckHandlerModel.class);
    long explored = LincheckSharingModel.INVOCATIONS.get() - before;
    System.out.println(
        "[hardening] Lincheck model checking (handlers): 5 scenarios, up to 40 interleavings"
            + " each; "
            + explored
            + " subject instances (one per invocation, plus the sequential specification's states)");
    assertThat(explored).isPositive();
  }

  @Test
  void concurrent_histories_of_the_sharing_operations_are_linearizable_under_stress() {
    long before = LincheckSharingModel.INVOCATIONS.get();
    new StressOptions()
        .iterations(20)
        .invocationsPerIteration(100)
        .threads(3)
        .actorsPerThread(3)
        .invocationTimeout$lincheck(INVOCATION_TIMEOUT_MILLIS)
        .check(LincheckSharingModel.class);
    long explored = LincheckSharingModel.INVOCATIONS.get() - before;
    System.out.println(
        "[hardening] Lincheck stress (MockRuntime.serve): 20 scenarios, "
            + explored
            + " subject instances (one per invocation, plus the sequential specification's states)");
    assertThat(explored).isPositive();
  }
}
