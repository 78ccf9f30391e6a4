package dev.wsmock.junit5.internal.sdk;

/**
 * Tells the extension which test sent each SDK invocation, so a test's window of the journal holds its own calls
 * even while other tests call the same mock. Plain Java: loading it needs no SDK.
 */
public interface InvocationObserver {
  /** On the thread that makes an SDK call, before it is sent: who is calling, or {@code null} if nobody known. */
  Object caller();

  /**
   * Before an attempt is sent: its {@code amz-sdk-invocation-id} (which the mock journals) and the {@link #caller()}
   * seen when the call was made.
   */
  void sending(Object caller, String invocationId);
}
