/** The extension's machinery; not API, may change in any release. */
package dev.wsmock.junit5.internal;
