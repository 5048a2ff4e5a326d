/** System exchange: what every SOAP endpoint for partner systems shares. */
package cn.autogov.ws.exchange;
