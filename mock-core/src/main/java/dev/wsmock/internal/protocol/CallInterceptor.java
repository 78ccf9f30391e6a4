package dev.wsmock.internal.protocol;

/**
 * Sees each call once it is identified and before it changes anything, and may put a fault around it. The fault
 * engine ({@code internal.fault}) is the one implementation; the pipeline knows only this seam.
 */
@FunctionalInterface
public interface CallInterceptor {

  /** The fault that fires on {@code call}, or {@link FaultDecision#NONE}. */
  FaultDecision intercept(IdentifiedCall call);
}
