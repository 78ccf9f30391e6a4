package dev.wsmock.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault rule that fired on one call, as the journal records it ({@code RecordedCall.faultFired()}): which rule,
 * which effect, and whether the operation committed before its answer was delayed, damaged, lost or replaced.
 * Consumer checks read these members; none of them parses {@link #describe()}.
 *
 * <pre>{@code
 * FiredFault fault = mock.journal().last().orElseThrow().faultFired();
 * fault.ruleName();                                // "lost-share" (or "rule-N" for an unnamed rule)
 * fault.effect() instanceof Effect.LostResponse;   // the kind of effect, as the rule declared it
 * fault.committed();                               // true: the share took effect, only its answer was lost
 * }</pre>
 */
public final class FiredFault {
  private final String ruleName;
  private final Effect effect;
  private final Duration delay;
  private final boolean committed;

  private FiredFault(String ruleName, Effect effect, Duration delay, boolean committed) {
    this.ruleName = Objects.requireNonNull(ruleName, "ruleName");
    this.effect = Objects.requireNonNull(effect, "effect");
    this.delay = Objects.requireNonNull(delay, "delay");
    this.committed = committed;
  }

  /**
   * @param delay the delay drawn for a {@link Effect.Latency}; {@link Duration#ZERO} for any other effect
   * @param committed whether the operation ran and succeeded, so its changes stayed, whatever answer left
   */
  public static FiredFault of(String ruleName, Effect effect, Duration delay, boolean committed) {
    return new FiredFault(ruleName, effect, delay, committed);
  }

  /** The rule's {@link FaultRule#name()}, or {@code rule-N} (its position, from 1) for an unnamed rule. */
  public String ruleName() {
    return ruleName;
  }

  /** The effect as the rule declared it. */
  public Effect effect() {
    return effect;
  }

  /** The delay drawn for a {@link Effect.Latency}; zero for any other effect. */
  public Duration delay() {
    return delay;
  }

  /**
   * Whether the operation ran and succeeded before its answer was delayed, damaged, lost or replaced: {@code true}
   * for a {@link Effect.LostResponse}, {@link Effect.Latency} or {@link Effect.CorruptBody} whose operation
   * succeeded; {@code false} for an {@link Effect.Error} or {@link Effect.Transport} (the call is replaced before it
   * runs) and for an operation that itself failed.
   */
  public boolean committed() {
    return committed;
  }

  /** The rule and its effect in one phrase, e.g. {@code "throttle-describe: 400 ThrottlingException"}. */
  public String describe() {
    return ruleName + ": " + summary(effect);
  }

  private String summary(Effect fired) {
    if (fired instanceof Effect.Error error) {
      return error.status() + " " + error.code();
    } else if (fired instanceof Effect.Transport transport) {
      return transport.fault().name();
    } else if (fired instanceof Effect.Latency) {
      return "latency " + delay.toMillis() + " ms";
    } else if (fired instanceof Effect.CorruptBody corrupt) {
      return corrupt.corruption().name() + " body";
    }
    return "lost response, then " + summary(((Effect.LostResponse) fired).then());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FiredFault that
        && ruleName.equals(that.ruleName)
        && effect.equals(that.effect)
        && delay.equals(that.delay)
        && committed == that.committed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleName, effect, delay, committed);
  }

  @Override
  public String toString() {
    return describe();
  }
}
