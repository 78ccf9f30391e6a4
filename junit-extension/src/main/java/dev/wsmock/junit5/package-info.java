/**
 * The JUnit front door of wsmock: {@link dev.wsmock.junit5.WorkSpacesMockTest}, its programmatic form
 * {@link dev.wsmock.junit5.WorkSpacesMockExtension}, injection markers, {@link dev.wsmock.junit5.Given} seeding and
 * Awaitility conditions.
 */
package dev.wsmock.junit5;
