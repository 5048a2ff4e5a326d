/**
 * Messages to people by SMS and email, through one gateway interface. The default gateway
 * (development and demo) writes every message to the outbox table, where administrators and tests
 * read it; a real SMS or mail provider is another implementation of {@link
 * cn.autogov.notification.MessageGateway}.
 */
package cn.autogov.notification;
