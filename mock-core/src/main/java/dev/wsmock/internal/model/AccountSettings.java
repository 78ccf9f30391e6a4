package dev.wsmock.internal.model;

import java.util.List;

/** What configuration says about one account; {@code null} attributes are permissive. */
public record AccountSettings(
    String accountId, List<String> accessKeyIds, Boolean byolEnabled, String organizationId) {
  public AccountSettings {
    accessKeyIds = List.copyOf(accessKeyIds);
  }
}
