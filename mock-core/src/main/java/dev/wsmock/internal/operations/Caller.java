package dev.wsmock.internal.operations;

import java.time.Instant;

/** Who is calling, where, and when on the mock's clock: taken from the SigV4 credential scope. */
public record Caller(String accountId, String region, Instant now) {}
