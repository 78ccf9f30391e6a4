/**
 * Fault injection as plain data: a {@link dev.wsmock.fault.FaultRule} is triggers ({@link dev.wsmock.fault.Trigger})
 * times an {@link dev.wsmock.fault.Effect}; a mock's {@link dev.wsmock.fault.Faults} holds the rules and the seed
 * that makes every random decision repeatable.
 */
package dev.wsmock.fault;
