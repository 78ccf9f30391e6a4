package dev.wsmock.standalone.docs;

import dev.wsmock.WorkSpacesMock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One mock for a page's examples; each example resets it first. */
abstract class OneMock {
  static WorkSpacesMock mock;

  @BeforeAll
  static void start() {
    mock = WorkSpacesMock.builder().start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }
}
