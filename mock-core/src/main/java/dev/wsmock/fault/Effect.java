package dev.wsmock.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link FaultRule} does to a call. Unless stated otherwise an effect replaces the call before it changes
 * anything; {@link Latency} and {@link CorruptBody} let the operation run (a garbled answer is a real answer damaged
 * in transit), and {@link LostResponse} lets it commit and then loses the answer.
 *
 * <pre>{@code
 * Effect throttle = Effect.throttling();
 * Effect lost = new Effect.LostResponse(Effect.internalFailure());
 * Effect slow = new Effect.Latency(new Effect.Delay.Uniform(Duration.ofMillis(50), Duration.ofMillis(200)));
 * }</pre>
 */
public sealed interface Effect {

  /** 400 {@code ThrottlingException} "Rate exceeded", as AWS throttles. */
  static Effect.Error throttling() {
    return new Error(400, "ThrottlingException", "Rate exceeded");
  }

  /** 500 {@code InternalFailure}. */
  static Effect.Error internalFailure() {
    return new Error(
        500,
        "InternalFailure",
        "The request processing has failed because of an unknown error, exception or failure.");
  }

  /** 503 {@code ServiceUnavailable}. */
  static Effect.Error serviceUnavailable() {
    return new Error(503, "ServiceUnavailable", "Service is unavailable. Try again later.");
  }

  /**
   * An AWS error answer with any status and code, e.g. a modelled {@code ResourceUnavailableException}. The code is
   * written to both {@code x-amzn-ErrorType} and {@code __type}, so it must be an AWS error code: an ASCII letter, then
   * ASCII letters, digits, {@code _} or {@code .}, at most {@value #MAX_CODE_LENGTH} characters; anything else (a line
   * break, a non-ASCII letter, 100 KB, a {@code namespace#} that SDKs strip from one place and not the other) could not
   * be sent as a header that SDKs read as the body's {@code __type}. The message is at most
   * {@value #MAX_MESSAGE_LENGTH} characters of well-formed Unicode.
   */
  record Error(int status, String code, String message) implements Effect {
    /** The longest error code. */
    public static final int MAX_CODE_LENGTH = 128;

    /** The longest error message. */
    public static final int MAX_MESSAGE_LENGTH = 4096;

    private static final java.util.regex.Pattern CODE =
        java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.]*");

    public Error {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("an error status is 400..599, not " + status);
      }
      Objects.requireNonNull(code, "code");
      if (code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
        throw new IllegalArgumentException(
            "an error code is an ASCII letter, then ASCII letters, digits, '_' or '.', at most "
                + MAX_CODE_LENGTH
                + " characters, such as ThrottlingException");
      }
      message = message == null ? code : message;
      if (message.length() > MAX_MESSAGE_LENGTH) {
        throw new IllegalArgumentException(
            "an error message is at most "
                + MAX_MESSAGE_LENGTH
                + " characters, not "
                + message.length());
      }
      for (int i = 0; i < message.length(); i++) {
        char c = message.charAt(i);
        boolean paired =
            Character.isHighSurrogate(c)
                ? i + 1 < message.length() && Character.isLowSurrogate(message.charAt(++i))
                : !Character.isLowSurrogate(c);
        if (!paired) {
          throw new IllegalArgumentException(
              "an error message must be well-formed Unicode; it has a lone surrogate at " + i);
        }
      }
    }
  }

  /** The answer is delayed; the operation runs normally. */
  record Latency(Delay delay) implements Effect {
    public Latency {
      Objects.requireNonNull(delay, "delay");
    }
  }

  /** The connection misbehaves instead of answering; nothing is changed. */
  record Transport(TransportFault fault) implements Effect {
    public Transport {
      Objects.requireNonNull(fault, "fault");
    }
  }

  /** The operation runs, and its 200 answer arrives damaged. */
  record CorruptBody(Corruption corruption) implements Effect {
    public CorruptBody {
      Objects.requireNonNull(corruption, "corruption");
    }
  }

  /**
   * The operation commits, then the client gets {@code then} instead of the answer: the case that makes a naive
   * retry share twice or copy twice. {@code then} is an {@link Error} or a {@link Transport} fault.
   */
  record LostResponse(Effect then) implements Effect {
    public LostResponse {
      if (!(then instanceof Error) && !(then instanceof Transport)) {
        throw new IllegalArgumentException(
            "a lost response is replaced by an Error or a Transport fault, not " + then);
      }
    }
  }

  /** The transport faults WireMock can produce (its {@code http.Fault}), under the same names. */
  enum TransportFault {
    /** TCP reset: the SDK sees an {@code IOException} and retries. */
    CONNECTION_RESET_BY_PEER,
    /** The connection closes without a byte. */
    EMPTY_RESPONSE,
    /** A 200 status line, then a chunked body that breaks off. */
    MALFORMED_RESPONSE_CHUNK,
    /** Bytes that are not HTTP, then close. */
    RANDOM_DATA_THEN_CLOSE
  }

  /** How a body is damaged. */
  enum Corruption {
    /** Not JSON at all. */
    MALFORMED,
    /** The real JSON, cut in half. */
    TRUNCATED
  }

  /**
   * A delay: fixed, or drawn (deterministically, from the fault seed) from a distribution. Every delay is between
   * zero and {@link #MAX}: a longer one is refused where the rule is built, since clients and the server's
   * connection timeouts would cut it off anyway. A delayed answer holds no request thread while it waits.
   */
  sealed interface Delay {
    /** The longest delay a rule may ask for (and the cap of a log-normal draw): 60 seconds. */
    Duration MAX = Duration.ofSeconds(60);

    /** Always {@code delay}. */
    record Fixed(Duration delay) implements Delay {
      public Fixed {
        inRange("delay", delay);
      }
    }

    /** Uniform within {@code [lower, upper]}, like WireMock's {@code UniformDistribution}. */
    record Uniform(Duration lower, Duration upper) implements Delay {
      public Uniform {
        inRange("lower", lower);
        inRange("upper", upper);
        if (upper.compareTo(lower) < 0) {
          throw new IllegalArgumentException("upper " + upper + " is below lower " + lower);
        }
      }
    }

    /** Log-normal with this median and shape {@code sigma}, like WireMock's {@code LogNormal}; draws are capped at {@link #MAX}. */
    record LogNormal(Duration median, double sigma) implements Delay {
      public LogNormal {
        inRange("median", median);
        if (!(sigma >= 0.0)) {
          throw new IllegalArgumentException("sigma must not be negative: " + sigma);
        }
      }
    }

    private static void inRange(String what, Duration d) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException("a delay must be zero or more, not " + d);
      }
      if (d.compareTo(MAX) > 0) {
        throw new IllegalArgumentException(
            "a delay must be at most "
                + MAX.toSeconds()
                + " s ("
                + MAX
                + "), not "
                + d
                + " ("
                + what
                + ")");
      }
    }
  }
}
