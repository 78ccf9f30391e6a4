package dev.wsmock.standalone.docs;

import dev.wsmock.WorkSpacesMock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One mock for a page's examples; each example resets it first. Strict auth is on, so an example may carry
 * {@code SecretAccessKeys}, which a mock without it refuses.
 */
abstract class OneMock {
  static WorkSpacesMock mock;

  @BeforeAll
  static void start() {
    mock = WorkSpacesMock.builder().strictAuth(true).start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }
}
