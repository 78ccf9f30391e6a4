package dev.wsmock.junit5;

import dev.wsmock.testing.PublicApi;
import org.junit.jupiter.api.Test;

/** junit-extension's public API is the one recorded in api/wsmock-junit5.api: any change to it is a reviewed diff. */
class PublicApiTests {
  @Test
  void the_public_api_is_the_recorded_one() {
    PublicApi.assertMatchesCheckedIn("junit-extension", "wsmock-junit5");
  }
}
