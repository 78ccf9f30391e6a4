package dev.wsmock.internal.contract;

/**
 * A way in which a response body (success or error) breaks the contract. Used for serve-time
 * self-checks, so a mock bug shows up as a readable report instead of an SDK unmarshalling failure.
 *
 * @param path    Coral-style path of the member ({@code images.1.member.state}); empty for the body itself
 * @param message what is wrong, e.g. "Member must not be null"
 */
public record ShapeViolation(String path, String message) {}
