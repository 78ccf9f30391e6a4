package dev.wsmock.scenarios.cassettes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.ManualClock;
import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.scenarios.cassettes.VerificationReport.Divergence;
import dev.wsmock.scenarios.cassettes.VerificationReport.Result;
import dev.wsmock.scenarios.internal.cassettes.CassetteJson;
import dev.wsmock.scenarios.internal.cassettes.ReplayClient;
import dev.wsmock.scenarios.internal.cassettes.ResponseComparer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Replays a {@link Cassette} against a fresh mock and reports, per exchange, whether the mock answered as recorded:
 * same status, same error code, a response conforming to the service contract (the mock runs with strict
 * responses) and equal values, except volatile ones. Timestamps may differ; ids the service generated
 * (an id first seen in a recorded response) are mapped to the id the mock generated at the same place and
 * substituted into later requests; {@code NextToken}s are mapped the same way.
 *
 * <pre>{@code
 * VerificationReport report = ContractVerifier.verify(Cassette.read(file), Seed.builder()...build());
 * WorkSpacesAssertions.assertThat(report).isClean();   // wsmock-junit5
 * // the same traffic against a mock with another decision:
 * ContractVerifier.withMock(b -> b.behaviour(MockBehaviour.defaults().withRevokeOfUnknownGrant(IGNORE)))
 *     .run(cassette, seed);
 * }</pre>
 *
 * <p>By default the mock runs on a {@link ManualClock} that never moves, so images created during the replay stay
 * {@code PENDING}, as they are right after the call on AWS.
 */
public final class ContractVerifier {
  private static final Instant REPLAY_EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private final Consumer<WorkSpacesMock.Builder> mockOptions;

  private ContractVerifier(Consumer<WorkSpacesMock.Builder> mockOptions) {
    this.mockOptions = mockOptions;
  }

  /** A verifier whose mock gets {@code options} after the defaults (behaviour switches, idSeed, clock...). */
  public static ContractVerifier withMock(Consumer<WorkSpacesMock.Builder> options) {
    return new ContractVerifier(Objects.requireNonNull(options));
  }

  /** Replays against the state of {@code seed}, or of the cassette's Setup line when {@code seed} is null. */
  public static VerificationReport verify(Cassette cassette, Seed seed) {
    return withMock(b -> {}).run(cassette, seed, "cassette");
  }

  /** Replays against the state of the seed file at {@code seedFile}, or of the cassette's Setup when null. */
  public static VerificationReport verify(Cassette cassette, Path seedFile) {
    return withMock(b -> {}).run(cassette, seedFile, "cassette");
  }

  /** Replays with this verifier's mock options; the state as in {@link #verify(Cassette, Seed)}. */
  public VerificationReport run(Cassette cassette, Seed seed) {
    return run(cassette, seed, "cassette");
  }

  /** As {@link #verify(Cassette, Seed)}; {@code source} names the cassette in the report. */
  public VerificationReport run(Cassette cassette, Seed seed, String source) {
    return replay(cassette, seed == null ? b -> {} : b -> b.seed(seed), seed == null, source);
  }

  /** As {@link #verify(Cassette, Path)}; {@code source} names the cassette in the report. */
  public VerificationReport run(Cassette cassette, Path seedFile, String source) {
    return replay(
        cassette, seedFile == null ? b -> {} : b -> b.seedFile(seedFile), seedFile == null, source);
  }

  private VerificationReport replay(
      Cassette cassette,
      Consumer<WorkSpacesMock.Builder> seeding,
      boolean useSetup,
      String source) {
    WorkSpacesMock.Builder builder =
        WorkSpacesMock.builder().clock(ManualClock.at(REPLAY_EPOCH)).strictResponses(true);
    seeding.accept(builder);
    mockOptions.accept(builder);
    try (WorkSpacesMock mock = builder.start()) {
      if (useSetup && cassette.setup() != null) {
        mock.loadSeedJson(CassetteJson.text(cassette.setup()), source + " Setup");
      }
      ResponseComparer comparer = new ResponseComparer();
      comparer.learn(
          CassetteJson.body(
              mock.exportStateJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      ReplayClient client = new ReplayClient(mock.endpoint());
      return replayAll(
          cassette,
          comparer,
          client,
          () -> mock.journal().last().map(RecordedCall::contractViolations).orElse(List.of()),
          source,
          Replay.AS_RECORDED);
    }
  }

  /**
   * Sends each exchange's request (recorded ids replaced by the ones the target answered) and compares the answer;
   * {@code violations} gives the contract violations of the last answer, where the target can tell.
   */
  private static VerificationReport replayAll(
      Cassette cassette,
      ResponseComparer comparer,
      ReplayClient client,
      Supplier<List<String>> violations,
      String source,
      Replay hooks) {
    List<Result> results = new ArrayList<>();
    int index = 0;
    for (Exchange recorded : cassette.exchanges()) {
      index++;
      JsonNode recordedRequest = CassetteJson.tree(recorded.request());
      JsonNode request = hooks.rewrite(recorded, comparer.substitute(recordedRequest), comparer);
      comparer.learn(recordedRequest);
      ReplayClient.Answer answer =
          client.send(recorded.operation(), recorded.accountId(), recorded.region(), request);
      hooks.answered(recorded, answer);
      List<Divergence> divergences = new ArrayList<>();
      if (recorded.status() != answer.status()) {
        divergences.add(
            new Divergence(
                "status", String.valueOf(recorded.status()), String.valueOf(answer.status())));
      }
      if (!Objects.equals(recorded.errorCode(), answer.errorCode())) {
        divergences.add(
            new Divergence("errorCode", quote(recorded.errorCode()), quote(answer.errorCode())));
      }
      violations
          .get()
          .forEach(v -> divergences.add(new Divergence("contract", "a conforming response", v)));
      if (Objects.equals(recorded.errorCode(), answer.errorCode())) {
        comparer.compare(
            "", "", CassetteJson.tree(recorded.response()), answer.body(), divergences);
      }
      results.add(
          new Result(
              index,
              recorded,
              plainObject(request),
              answer.status(),
              answer.errorCode(),
              CassetteJson.plain(answer.body()),
              divergences));
    }
    return new VerificationReport(source, results);
  }

  /**
   * A verifier that replays against a running endpoint instead of a fresh mock: a standalone wsmock, another
   * server, or AWS itself (see {@link Against}).
   *
   * <pre>{@code
   * VerificationReport report = ContractVerifier.against(URI.create("https://workspaces.us-east-1.amazonaws.com"))
   *     .signWith(DefaultCredentialsProvider.builder().build())
   *     .run(Cassette.read(file), file.toString());
   * }</pre>
   */
  public static Against against(URI endpoint) {
    return new Against(endpoint);
  }

  /**
   * The exchanges of {@code cassette} that would change the target's state ({@link Operation#isMutating()}, and any
   * operation wsmock does not model): what {@link Against#run} refuses to send unless {@link
   * Against#allowMutations(boolean)}.
   */
  public static List<Exchange> mutatingExchanges(Cassette cassette) {
    return cassette.exchanges().stream()
        .filter(e -> Operation.fromAwsName(e.operation()).map(Operation::isMutating).orElse(true))
        .toList();
  }

  /**
   * Replays a cassette against a running endpoint. The target's state cannot be exported (AWS has no such call), so
   * the ids the client knew are learnt from the cassette: its Setup line (not loaded: the target holds what it
   * holds) and every recorded request; an id first seen in a recorded answer maps to the target's, as against a
   * mock. There is no contract check of the answer's shape (only a mock knows its own violations); status, error
   * code and values are compared as {@link ContractVerifier#verify(Cassette, Seed)} compares them.
   *
   * <p>Read-only by default: a cassette with a mutating exchange is refused whole, before anything is sent. With
   * {@link #allowMutations(boolean)} the name of every resource a request creates is prefixed ({@link
   * #namePrefix(String)}, so the replay's resources are recognisable and never clash with real ones), and after the
   * replay, even when it failed, what it created is removed: bundles deleted, then images unshared from every
   * account and deleted, newest first. Shares and tags the replay added to resources that existed before it are not
   * undone.
   */
  public static final class Against {
    /** The prefix {@link #namePrefix(String)} defaults to. */
    public static final String DEFAULT_NAME_PREFIX = "wsmock-replay-";

    private final URI endpoint;
    private AwsCredentialsProvider credentials;
    private boolean allowMutations;
    private String namePrefix = DEFAULT_NAME_PREFIX;

    private Against(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint);
    }

    /**
     * Signs each request (SigV4, region of the exchange) with {@code credentials}, as a real endpoint requires;
     * {@code null} (the default) writes only the credential scope with the cassette's account as the access key,
     * which a wsmock server reads without checking.
     */
    public Against signWith(AwsCredentialsProvider credentials) {
      this.credentials = credentials;
      return this;
    }

    /** Whether exchanges that change state may be sent (default false: such a cassette is refused). */
    public Against allowMutations(boolean allow) {
      this.allowMutations = allow;
      return this;
    }

    /**
     * With mutations allowed, put {@code prefix} before the name of every resource a replayed request creates
     * (default {@value #DEFAULT_NAME_PREFIX}); checked by {@link #run} with {@link ContractVerifier#checkNamePrefix}.
     */
    public Against namePrefix(String prefix) {
      this.namePrefix = Objects.requireNonNull(prefix);
      return this;
    }

    /**
     * Replays {@code cassette}; {@code source} names it in the report.
     *
     * @throws IllegalArgumentException when the cassette has a mutating exchange and mutations are not allowed, or
     *     the name prefix does not fit ({@link ContractVerifier#checkNamePrefix}); nothing was sent
     * @throws java.io.UncheckedIOException when the endpoint cannot be reached; with mutations allowed, what the
     *     replay created was removed first, and what could not be is a suppressed exception
     */
    public VerificationReport run(Cassette cassette, String source) {
      List<Exchange> mutating = mutatingExchanges(cassette);
      if (!allowMutations && !mutating.isEmpty()) {
        throw new IllegalArgumentException(
            source
                + " has "
                + mutating.size()
                + " exchange(s) that change state, first "
                + mutating.get(0).operation()
                + "; nothing was sent (allow mutations to replay them)");
      }
      ResponseComparer comparer = new ResponseComparer();
      if (cassette.setup() != null) {
        comparer.learn(CassetteJson.tree(cassette.setup()));
      }
      ReplayClient client = new ReplayClient(endpoint, credentials);
      if (!allowMutations) {
        return replayAll(cassette, comparer, client, List::of, source, Replay.AS_RECORDED);
      }
      checkNamePrefix(cassette, namePrefix);
      ReplayCleanup cleanup = new ReplayCleanup(namePrefix);
      VerificationReport report;
      try {
        report = replayAll(cassette, comparer, client, List::of, source, cleanup);
      } catch (RuntimeException replayFailed) {
        // The replay broke off (the endpoint went away): clean up what it created so far, and let
        // the leftovers
        // travel with its exception.
        List<String> failures = cleanup.removeAll(client);
        if (!failures.isEmpty()) {
          replayFailed.addSuppressed(
              new IllegalStateException(
                  "cleanup left resources behind: " + String.join("; ", failures)));
        }
        throw replayFailed;
      }
      return new VerificationReport(report.source(), report.results(), cleanup.removeAll(client));
    }
  }

  /**
   * Refuses a prefix that would make a name the replay sends invalid: it must match the API's name pattern ({@code
   * [a-zA-Z0-9_./()-]}) and, before each name {@code cassette} gives a new resource, fit the 64 characters.
   *
   * @throws IllegalArgumentException naming the problem; nothing was sent
   */
  public static void checkNamePrefix(Cassette cassette, String prefix) {
    ReplayCleanup.checkPrefix(cassette, prefix);
  }

  /** What a replay does around each exchange besides substituting ids. */
  interface Replay {
    Replay AS_RECORDED =
        new Replay() {
          @Override
          public JsonNode rewrite(Exchange recorded, JsonNode request, ResponseComparer comparer) {
            return request;
          }

          @Override
          public void answered(Exchange recorded, ReplayClient.Answer answer) {}
        };

    /** The request to send for {@code recorded}, given the one with ids substituted. */
    JsonNode rewrite(Exchange recorded, JsonNode request, ResponseComparer comparer);

    /** Sees each answer, in order. */
    void answered(Exchange recorded, ReplayClient.Answer answer);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> plainObject(JsonNode request) {
    return (Map<String, Object>) CassetteJson.plain(request);
  }

  private static String quote(String value) {
    return value == null ? "<none>" : "\"" + value + "\"";
  }
}
