package dev.wsmock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects an instance field before each test: a {@code WorkSpacesMock}, {@code CallJournal}, {@link Given},
 * {@code ManualClock}, {@code WorkSpacesClient} or {@code WorkSpacesAsyncClient} (clients as the default account
 * unless the field also has an {@link Account @Account}).
 *
 * <pre>{@code
 * @WorkSpacesMockTest
 * class CopyTests {
 *   @InjectMock WorkSpacesMock mock;
 *   @Account(OWNER) WorkSpacesClient owner;
 * }
 * }</pre>
 *
 * @since 0.1
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectMock {}
