package dev.wsmock.junit5.assertj;

import dev.wsmock.scenarios.cassettes.VerificationReport;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link VerificationReport}, the replay of a cassette against the mock.
 *
 * <pre>{@code
 * assertThat(ContractVerifier.verify(cassette, seed)).isClean();
 * }</pre>
 *
 * @since 0.1
 */
public class VerificationReportAssert
    extends AbstractAssert<VerificationReportAssert, VerificationReport> {
  protected VerificationReportAssert(VerificationReport actual) {
    super(actual, VerificationReportAssert.class);
  }

  /** Fails with the whole readable report unless every exchange matched. */
  public VerificationReportAssert isClean() {
    isNotNull();
    if (!actual.isClean()) {
      failWithMessage(
          "Expected the mock to answer every recorded exchange as recorded, but:%n%s",
          actual.render());
    }
    return this;
  }

  /** Fails unless at least one exchange diverged (for tests that prove a behaviour change is detected). */
  public VerificationReportAssert hasDivergences() {
    isNotNull();
    if (actual.isClean()) {
      failWithMessage(
          "Expected divergences, but the mock answered every exchange as recorded:%n%s",
          actual.render());
    }
    return this;
  }
}
