/**
 * The platform service (urn:autogov:platform:v1): partner systems' connectivity and version check.
 */
package cn.autogov.ws.platform;
