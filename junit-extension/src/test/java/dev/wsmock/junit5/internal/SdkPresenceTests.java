package dev.wsmock.junit5.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SdkPresenceTests {

  @Test
  void says_which_dependencies_to_add_when_the_sdk_is_not_on_the_classpath() {
    ClassLoader withoutSdk = new ClassLoader(null) {};

    assertThat(SdkPresence.problem(withoutSdk, "WorkSpacesClient"))
        .contains(
            "Injecting a WorkSpacesClient needs the AWS SDK v2 on the test classpath, and wsmock-junit5 declares it"
                + " optional: add software.amazon.awssdk:workspaces as a test dependency (it brings the SDK's default"
                + " HTTP clients).");
  }

  @Test
  void finds_no_problem_when_the_sdk_is_there() {
    assertThat(SdkPresence.problem(SdkPresenceTests.class.getClassLoader(), "WorkSpacesClient"))
        .isEmpty();
  }
}
