/**
 * System exchange over REST: the twins of the SOAP contracts under /api/v1/exchange, with the same
 * client credentials (HTTP Basic over HTTPS), rights, rate limits, replays and message log.
 */
package cn.autogov.web.exchange;
