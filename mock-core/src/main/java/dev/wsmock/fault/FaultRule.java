package dev.wsmock.fault;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One fault: when all {@code when} triggers hold, {@code effect} happens, at most {@code times} times ({@code null}:
 * no limit). Plain data; the scenario files hold the same thing.
 *
 * <pre>{@code
 * mock.faults().add(FaultRule.when(new Trigger.OperationIs(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION),
 *         new Trigger.NthCall(2), new Trigger.AttemptsUpTo(2))
 *     .then(Effect.throttling())
 *     .named("second share throttled twice"));
 * }</pre>
 *
 * @param name how the journal names the rule in {@code RecordedCall.faultFired}; {@code null} gives {@code rule-N}
 */
public record FaultRule(String name, List<Trigger> when, Effect effect, Integer times) {
  public FaultRule {
    when = List.copyOf(Objects.requireNonNull(when, "when"));
    Objects.requireNonNull(effect, "effect");
    if (times != null && times < 1) {
      throw new IllegalArgumentException("times must be at least 1 (or absent), not " + times);
    }
  }

  /** Starts a rule that applies when all {@code triggers} hold. */
  public static Builder when(Trigger... triggers) {
    return new Builder(Arrays.asList(triggers));
  }

  /** Starts a rule without triggers: every call. */
  public static Builder always() {
    return new Builder(List.of());
  }

  /** This rule under another name. */
  public FaultRule named(String newName) {
    return new FaultRule(newName, when, effect, times);
  }

  /** This rule, firing at most {@code limit} times. */
  public FaultRule times(int limit) {
    return new FaultRule(name, when, effect, limit);
  }

  /** The triggers of a rule still waiting for its effect. */
  public static final class Builder {
    private final List<Trigger> when;

    private Builder(List<Trigger> when) {
      this.when = when;
    }

    public FaultRule then(Effect effect) {
      return new FaultRule(null, when, effect, null);
    }
  }
}
