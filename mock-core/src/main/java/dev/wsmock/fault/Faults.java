package dev.wsmock.fault;

import java.util.List;

/**
 * The fault rules of one mock, changeable while it runs. Rules are checked in the order they were added; the first
 * that fires decides the call (later rules still count it). Every fired fault is in the call journal
 * ({@code RecordedCall.faultFired}). Thread-safe.
 *
 * <pre>{@code
 * mock.faults().reseed(42);   // replay: the seed a failed test printed
 * mock.faults().add(FaultRule.when(new Trigger.Probability(0.3)).then(Effect.throttling()));
 * ...
 * mock.faults().clear();
 * }</pre>
 */
public interface Faults {

  /** Adds rules after the existing ones. */
  Faults add(FaultRule... rules);

  /** Adds rules after the existing ones. */
  Faults addAll(List<FaultRule> rules);

  /** Removes every rule and restarts their counts; the seed stays. What a mock's reset does to its faults. */
  void clear();

  /** The rules in order. */
  List<FaultRule> rules();

  /** The seed every random decision derives from; print it when a test fails, pin it to replay. */
  long seed();

  /** Pins the seed and restarts the rules' counts, so the same calls replay the same faults. */
  void reseed(long seed);
}
