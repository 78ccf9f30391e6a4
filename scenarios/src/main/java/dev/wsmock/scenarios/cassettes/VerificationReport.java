package dev.wsmock.scenarios.cassettes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of replaying a {@link Cassette} against the mock: one {@link Result} per exchange.
 *
 * <pre>{@code
 * VerificationReport report = ContractVerifier.verify(cassette, seed);
 * if (!report.isClean()) System.err.println(report.render());
 * }</pre>
 */
public record VerificationReport(
    String source, List<Result> results, List<String> cleanupFailures) {

  /**
   * @param cleanupFailures what the cleanup after a replay with mutations could not remove, one line each (the call,
   *     the resource, why); empty when it removed everything or there was nothing to remove
   */
  public VerificationReport {
    results = List.copyOf(results);
    cleanupFailures = List.copyOf(cleanupFailures);
  }

  /** A report with nothing left behind by a cleanup. */
  public VerificationReport(String source, List<Result> results) {
    this(source, results, List.of());
  }

  /**
   * One way the mock's answer differs from the recorded one.
   *
   * @param path the member path in the response ({@code Images[0].State}), or {@code status}, {@code errorCode},
   *     {@code contract} for the answer as a whole
   * @param expected the recorded value, rendered as JSON ({@code <absent>} when it had none)
   * @param actual the mock's value, rendered as JSON ({@code <absent>} when it had none)
   */
  public record Divergence(String path, String expected, String actual) {
    public String describe() {
      return path + ": recorded " + expected + ", mock " + actual;
    }
  }

  /**
   * One replayed exchange.
   *
   * @param index the exchange's position in the cassette, from 1
   * @param recorded the exchange as recorded
   * @param sentRequest the request actually sent (recorded ids replaced by the mock's)
   * @param status the mock's status
   * @param errorCode the mock's error code, {@code null} on success
   * @param response the mock's answer body, as {@link Exchange#response()} holds one
   * @param divergences empty when the mock answered as recorded
   */
  public record Result(
      int index,
      Exchange recorded,
      Map<String, Object> sentRequest,
      int status,
      String errorCode,
      Object response,
      List<Divergence> divergences) {
    public Result {
      divergences = List.copyOf(divergences);
    }

    public boolean matches() {
      return divergences.isEmpty();
    }
  }

  /** Every exchange matched and the cleanup, if any, left nothing behind. */
  public boolean isClean() {
    return cleanupFailures.isEmpty() && results.stream().allMatch(Result::matches);
  }

  /** Every divergence of every exchange. */
  public List<Divergence> divergences() {
    return results.stream().flatMap(r -> r.divergences().stream()).toList();
  }

  /** A readable report: a verdict, then each exchange with OK or its divergences. */
  public String render() {
    long diverging = results.stream().filter(r -> !r.matches()).count();
    StringBuilder out =
        new StringBuilder()
            .append(source)
            .append(": ")
            .append(results.size())
            .append(" exchanges, ")
            .append(diverging == 0 ? "all match" : diverging + " diverge")
            .append('\n');
    for (Result r : results) {
      out.append(
          String.format(
              "%3d %-4s %s%n", r.index(), r.matches() ? "OK" : "DIFF", r.recorded().describe()));
      if (!r.matches()) {
        out.append(
                r.divergences().stream()
                    .map(d -> "        " + d.describe())
                    .collect(Collectors.joining("\n")))
            .append('\n');
      }
    }
    if (!cleanupFailures.isEmpty()) {
      out.append("cleanup left ").append(cleanupFailures.size()).append(" resource(s) behind:\n");
      cleanupFailures.forEach(f -> out.append("        ").append(f).append('\n'));
    }
    return out.toString();
  }
}
