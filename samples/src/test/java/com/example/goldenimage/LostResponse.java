package com.example.goldenimage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Loses the first response to one operation on its way back: the mock has committed the change, the SDK sees a 500
 * with no body and retries. This is what a dropped connection after a successful call looks like to the client.
 */
final class LostResponse implements ExecutionInterceptor {
  private final String operationName;
  private final AtomicBoolean lost = new AtomicBoolean();

  private LostResponse(String operationName) {
    this.operationName = operationName;
  }

  static LostResponse ofFirst(String operationName) {
    return new LostResponse(operationName);
  }

  @Override
  public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    if (isTarget(attributes) && context.httpResponse().isSuccessful() && lost.compareAndSet(false, true)) {
      attributes.putAttribute(LOST, true);
      return context.httpResponse().toBuilder().statusCode(500).statusText("Internal Server Error").build();
    }
    return context.httpResponse();
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    if (Boolean.TRUE.equals(attributes.getAttribute(LOST)) && context.httpResponse().statusCode() == 500) {
      attributes.putAttribute(LOST, false);
      return Optional.of(new ByteArrayInputStream(new byte[0]));
    }
    return context.responseBody();
  }

  /** Whether the response was lost yet. */
  boolean fired() {
    return lost.get();
  }

  private boolean isTarget(ExecutionAttributes attributes) {
    return operationName.equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
  }

  private static final software.amazon.awssdk.core.interceptor.ExecutionAttribute<Boolean> LOST =
      new software.amazon.awssdk.core.interceptor.ExecutionAttribute<>("wsmock-samples.lost-response");
}
