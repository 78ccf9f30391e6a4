package dev.wsmock.scenarios.cassettes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.ManualClock;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.scenarios.cassettes.VerificationReport.Divergence;
import dev.wsmock.scenarios.cassettes.VerificationReport.Result;
import dev.wsmock.scenarios.internal.cassettes.CassetteJson;
import dev.wsmock.scenarios.internal.cassettes.ReplayClient;
import dev.wsmock.scenarios.internal.cassettes.ResponseComparer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

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
      List<Result> results = new ArrayList<>();
      int index = 0;
      for (Exchange recorded : cassette.exchanges()) {
        index++;
        JsonNode recordedRequest = CassetteJson.tree(recorded.request());
        JsonNode request = comparer.substitute(recordedRequest);
        comparer.learn(recordedRequest);
        ReplayClient.Answer answer =
            client.send(recorded.operation(), recorded.accountId(), recorded.region(), request);
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
        mock.journal()
            .last()
            .map(RecordedCall::contractViolations)
            .orElse(List.of())
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
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> plainObject(JsonNode request) {
    return (Map<String, Object>) CassetteJson.plain(request);
  }

  private static String quote(String value) {
    return value == null ? "<none>" : "\"" + value + "\"";
  }
}
