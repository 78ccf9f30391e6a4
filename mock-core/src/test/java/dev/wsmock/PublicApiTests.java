package dev.wsmock;

import dev.wsmock.testing.PublicApi;
import org.junit.jupiter.api.Test;

/** mock-core's public API is the one recorded in api/wsmock-core.api: any change to it is a reviewed diff. */
class PublicApiTests {
  @Test
  void the_public_api_is_the_recorded_one() {
    PublicApi.assertMatchesCheckedIn("mock-core", "wsmock-core");
  }
}
