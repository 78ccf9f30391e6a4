package dev.wsmock.fault;

import dev.wsmock.Operation;
import java.time.Instant;
import java.util.Objects;

/**
 * When a {@link FaultRule} applies. A rule's triggers all have to hold (AND). Counting triggers ({@link NthCall},
 * {@link EveryKth}, {@link FirstN}) and {@link Probability} count only the calls that pass the rule's other triggers,
 * so "the 2nd UpdateWorkspaceImagePermission" means the second call of that operation, whatever else happened.
 *
 * <pre>{@code
 * List<Trigger> when = List.of(new Trigger.OperationIs(Operation.DESCRIBE_WORKSPACE_IMAGES), new Trigger.Probability(0.2));
 * }</pre>
 */
public sealed interface Trigger {

  /** The call is this operation. */
  record OperationIs(Operation operation) implements Trigger {
    public OperationIs {
      Objects.requireNonNull(operation, "operation");
    }
  }

  /** The caller is this account. */
  record AccountIs(String accountId) implements Trigger {
    public AccountIs {
      Objects.requireNonNull(accountId, "accountId");
    }
  }

  /** The call's credential scope is this region. */
  record RegionIs(String region) implements Trigger {
    public RegionIs {
      Objects.requireNonNull(region, "region");
    }
  }

  /** The request names this image ({@code ImageId}, {@code SourceImageId}, {@code ImageIds} or {@code ResourceId}). */
  record ImageIdIs(String imageId) implements Trigger {
    public ImageIdIs {
      Objects.requireNonNull(imageId, "imageId");
    }
  }

  /** Only the n-th matching call (from 1). */
  record NthCall(int n) implements Trigger {
    public NthCall {
      positive("n", n);
    }
  }

  /** Every k-th matching call: the k-th, 2k-th, ... */
  record EveryKth(int k) implements Trigger {
    public EveryKth {
      positive("k", k);
    }
  }

  /** The first n matching calls. */
  record FirstN(int n) implements Trigger {
    public FirstN {
      positive("n", n);
    }
  }

  /**
   * A matching call with this probability, decided from the mock's fault seed, the rule and the count of matching
   * calls so far: the same seed and the same calls give the same decisions.
   */
  record Probability(double p) implements Trigger {
    public Probability {
      if (!(p >= 0.0 && p <= 1.0)) {
        throw new IllegalArgumentException("probability must be within 0..1, not " + p);
      }
    }
  }

  /** The call arrives within {@code [from, until)} on the mock's clock; either end may be {@code null} (open). */
  record TimeWindow(Instant from, Instant until) implements Trigger {
    public TimeWindow {
      if (from != null && until != null && !until.isAfter(from)) {
        throw new IllegalArgumentException(
            "time window must end after it starts: " + from + " .. " + until);
      }
    }
  }

  /**
   * Attempts 1..{@code upTo} of each SDK invocation, then let it through: the retry-aware trigger. The attempt comes
   * from the {@code amz-sdk-request: attempt=N} header SDK v2 and boto3 send; without it, attempts are counted per
   * {@code amz-sdk-invocation-id}; without either, every call is attempt 1.
   */
  record AttemptsUpTo(int upTo) implements Trigger {
    public AttemptsUpTo {
      positive("upTo", upTo);
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, not " + value);
    }
  }
}
