package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where validator nodes report what they find. Input checks stop at the first type mismatch;
 * output checks collect everything. One node tree serves both.
 */
abstract class Findings {

  /** A JSON value whose type does not fit its shape; nodes do not descend into it. */
  abstract void typeMismatch(MemberPath path, String expected, String actual);

  /** A broken constraint; {@code value} is null for an absent required member. */
  abstract void violation(MemberPath path, JsonNode value, String constraint);

  /** True once further walking is pointless (input checks after the first type mismatch). */
  abstract boolean done();

  /**
   * Responses must carry epoch-second numbers: SDK v2 fails to parse ISO strings, although AWS
   * accepts them in requests. So only the output side rejects textual timestamps.
   */
  abstract boolean textualTimestampsAllowed();
}
