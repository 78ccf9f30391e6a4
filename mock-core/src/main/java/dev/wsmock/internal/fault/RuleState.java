package dev.wsmock.internal.fault;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import dev.wsmock.internal.protocol.IdentifiedCall;

/** One rule and its counts; guarded by the engine's lock. */
final class RuleState {
  final FaultRule rule;
  final int index;
  final String name;
  long matched;
  long fired;

  RuleState(FaultRule rule, int index) {
    this.rule = rule;
    this.index = index;
    this.name = rule.name() != null ? rule.name() : "rule-" + (index + 1);
  }

  /** The triggers that do not count: does this call belong to the rule at all? */
  boolean selects(IdentifiedCall call, int attempt) {
    for (Trigger trigger : rule.when()) {
      if (!selects(trigger, call, attempt)) {
        return false;
      }
    }
    return true;
  }

  private static boolean selects(Trigger trigger, IdentifiedCall call, int attempt) {
    if (trigger instanceof Trigger.OperationIs t) {
      return t.operation() == call.operation();
    } else if (trigger instanceof Trigger.AccountIs t) {
      return t.accountId().equals(call.accountId());
    } else if (trigger instanceof Trigger.RegionIs t) {
      return t.region().equals(call.region());
    } else if (trigger instanceof Trigger.ImageIdIs t) {
      return namesImage(call.request(), t.imageId());
    } else if (trigger instanceof Trigger.TimeWindow t) {
      return (t.from() == null || !call.now().isBefore(t.from()))
          && (t.until() == null || call.now().isBefore(t.until()));
    } else if (trigger instanceof Trigger.AttemptsUpTo t) {
      return attempt <= t.upTo();
    }
    return true; // counting and random triggers decide in fires()
  }

  /** The counting and random triggers and the {@code times} budget, for the {@code count}-th selected call. */
  boolean fires(long count, long seed) {
    for (Trigger trigger : rule.when()) {
      boolean holds = true;
      if (trigger instanceof Trigger.NthCall t) {
        holds = count == t.n();
      } else if (trigger instanceof Trigger.EveryKth t) {
        holds = count % t.k() == 0;
      } else if (trigger instanceof Trigger.FirstN t) {
        holds = count <= t.n();
      } else if (trigger instanceof Trigger.Probability t) {
        holds = DecisionHash.unit(seed, index, count, DecisionHash.FIRE) < t.p();
      }
      if (!holds) {
        return false;
      }
    }
    return rule.times() == null || fired < rule.times();
  }

  private static boolean namesImage(JsonNode request, String imageId) {
    if (request == null) {
      return false;
    }
    for (String member : new String[] {"ImageId", "SourceImageId", "ResourceId"}) {
      if (imageId.equals(request.path(member).asText(null))) {
        return true;
      }
    }
    for (JsonNode id : request.path("ImageIds")) {
      if (imageId.equals(id.asText())) {
        return true;
      }
    }
    return false;
  }
}
