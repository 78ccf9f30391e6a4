package dev.wsmock.standalone.internal.admin;

import dev.wsmock.WorkSpacesMock;

/**
 * The running mock, handed to the admin routes after start: WireMock needs the extensions before the mock exists.
 */
public final class MockAccess {
  private volatile WorkSpacesMock mock;

  public void set(WorkSpacesMock mock) {
    this.mock = mock;
  }

  WorkSpacesMock get() {
    WorkSpacesMock current = mock;
    if (current == null) {
      throw new AdminProblem(
          503, "ServerStarting", "the mock is still starting; retry in a moment");
    }
    return current;
  }
}
