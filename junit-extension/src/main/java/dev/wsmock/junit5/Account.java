package dev.wsmock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses the AWS account (and optionally the region) an injected {@code WorkSpacesClient} or
 * {@code WorkSpacesAsyncClient} calls as. Clients with no {@code @Account} call as the default account.
 *
 * <pre>{@code
 * @Test
 * void recipient_sees_the_shared_image(@Account(OWNER) WorkSpacesClient owner,
 *                                      @Account(RECIPIENT) WorkSpacesClient recipient,
 *                                      @Account(value = GOV, region = "us-gov-west-1") WorkSpacesClient gov) { ... }
 * }</pre>
 *
 * <p>On a field, {@code @Account} also asks for injection (no {@link InjectMock} needed).
 *
 * @since 0.1
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Account {
  /** The 12-digit account id; the client's access key is this id, which the mock maps to the account. */
  String value();

  /** The region, e.g. {@code "us-gov-west-1"}; empty means the extension's region. */
  String region() default "";
}
