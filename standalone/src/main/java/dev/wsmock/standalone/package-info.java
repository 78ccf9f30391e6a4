/**
 * The standalone server's command line: {@link dev.wsmock.standalone.Main} and the command classes users run.
 * Everything else is in {@code dev.wsmock.standalone.internal}.
 */
package dev.wsmock.standalone;
