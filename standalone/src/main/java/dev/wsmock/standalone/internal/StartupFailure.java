package dev.wsmock.standalone.internal;

/** The server cannot start for a reason the user can fix; the message says which, and no stack trace is shown. */
public final class StartupFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit code for a server that cannot start: port in use, address not available. */
  public static final int CANNOT_START = 1;

  /** Exit code for a bad command line (picocli's own usage errors use the same). */
  public static final int USAGE = 2;

  /** Exit code for a seed file that cannot be read or is invalid. */
  public static final int BAD_SEED = 3;

  private final int exitCode;

  public StartupFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
