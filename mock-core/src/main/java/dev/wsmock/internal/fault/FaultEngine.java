package dev.wsmock.internal.fault;

import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Faults;
import dev.wsmock.internal.protocol.CallInterceptor;
import dev.wsmock.internal.protocol.FaultDecision;
import dev.wsmock.internal.protocol.IdentifiedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fault rules of one mock and the decisions they make. Each call is matched against every rule in order under
 * one lock (cheap: a few comparisons per rule), so counts are exact under concurrency; the first rule that fires
 * decides the call.
 */
public final class FaultEngine implements Faults, CallInterceptor {
  /** Bounds the per-invocation attempt counts kept for clients that send no attempt header. */
  private static final int INVOCATIONS_REMEMBERED = 4096;

  private final Object lock = new Object();
  private final List<RuleState> rules = new ArrayList<>();
  private final Map<String, Integer> attemptsByInvocation =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
          return size() > INVOCATIONS_REMEMBERED;
        }
      };
  private volatile boolean empty = true;
  private volatile long seed;

  public FaultEngine(long seed) {
    this.seed = seed;
  }

  @Override
  public FaultDecision intercept(IdentifiedCall call) {
    if (empty) {
      return FaultDecision.NONE;
    }
    synchronized (lock) {
      int attempt = attemptOf(call);
      RuleState winner = null;
      long winnerCount = 0;
      for (RuleState rule : rules) {
        if (!rule.selects(call, attempt)) {
          continue;
        }
        long count = ++rule.matched;
        if (winner == null && rule.fires(count, seed)) {
          rule.fired++;
          winner = rule;
          winnerCount = count;
        }
      }
      if (winner == null) {
        return FaultDecision.NONE;
      }
      Effect effect = winner.rule.effect();
      Duration delay =
          effect instanceof Effect.Latency latency
              ? draw(latency.delay(), winner.index, winnerCount)
              : Duration.ZERO;
      return new EffectFault(winner.name, effect, delay);
    }
  }

  private int attemptOf(IdentifiedCall call) {
    if (call.sdkAttempt() != null) {
      return call.sdkAttempt();
    }
    if (call.sdkInvocationId() == null) {
      return 1;
    }
    return attemptsByInvocation.merge(call.sdkInvocationId(), 1, Integer::sum);
  }

  private Duration draw(Effect.Delay delay, int rule, long count) {
    Duration drawn;
    if (delay instanceof Effect.Delay.Fixed fixed) {
      drawn = fixed.delay();
    } else if (delay instanceof Effect.Delay.Uniform uniform) {
      long span = uniform.upper().toNanos() - uniform.lower().toNanos();
      drawn =
          uniform
              .lower()
              .plusNanos((long) (span * DecisionHash.unit(seed, rule, count, DecisionHash.DELAY)));
    } else {
      Effect.Delay.LogNormal logNormal = (Effect.Delay.LogNormal) delay;
      // Box-Muller from two independent draws, then median * e^(sigma * z), as WireMock's LogNormal
      // does.
      double u1 = Math.max(DecisionHash.unit(seed, rule, count, DecisionHash.DELAY), 1e-12);
      double u2 = DecisionHash.unit(seed, rule, count, DecisionHash.DELAY_SHAPE);
      double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      double nanos = logNormal.median().toNanos() * Math.exp(logNormal.sigma() * z);
      drawn = Duration.ofNanos((long) Math.min(nanos, Effect.Delay.MAX.toNanos()));
    }
    return drawn.compareTo(Effect.Delay.MAX) > 0 ? Effect.Delay.MAX : drawn;
  }

  @Override
  public Faults add(FaultRule... newRules) {
    return addAll(Arrays.asList(newRules));
  }

  @Override
  public Faults addAll(List<FaultRule> newRules) {
    synchronized (lock) {
      for (FaultRule rule : newRules) {
        rules.add(new RuleState(Objects.requireNonNull(rule, "rule"), rules.size()));
      }
      empty = rules.isEmpty();
    }
    return this;
  }

  @Override
  public void clear() {
    synchronized (lock) {
      rules.clear();
      attemptsByInvocation.clear();
      empty = true;
    }
  }

  @Override
  public List<FaultRule> rules() {
    synchronized (lock) {
      return rules.stream().map(r -> r.rule).toList();
    }
  }

  @Override
  public long seed() {
    return seed;
  }

  @Override
  public void reseed(long newSeed) {
    synchronized (lock) {
      seed = newSeed;
      for (RuleState rule : rules) {
        rule.matched = 0;
        rule.fired = 0;
      }
      attemptsByInvocation.clear();
    }
  }
}
