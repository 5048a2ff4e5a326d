/**
 * The portal's ground: languages, request ids, the REST application, SOAP registration on Payara
 * Micro.
 */
package cn.autogov.web.platform;
