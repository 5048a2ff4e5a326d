/**
 * System exchange (#7): how partner systems (customs, tax, the certificate authority) call AutoGov
 * and AutoGov calls them. {@code domain}: the message log (a hash chain sealed by the platform's
 * signature) and the operations with the client right each needs; {@code application}: the gate
 * every inbound call passes (client, right, rate limit, replay), the log and its seals, and the
 * outbound partner outbox.
 */
package cn.autogov.exchange;
