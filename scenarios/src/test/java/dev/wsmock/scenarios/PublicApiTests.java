package dev.wsmock.scenarios;

import dev.wsmock.testing.PublicApi;
import org.junit.jupiter.api.Test;

/** scenarios's public API is the one recorded in api/wsmock-scenarios.api: any change to it is a reviewed diff. */
class PublicApiTests {
  @Test
  void the_public_api_is_the_recorded_one() {
    PublicApi.assertMatchesCheckedIn("scenarios", "wsmock-scenarios");
  }
}
