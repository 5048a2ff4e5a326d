/** urn:autogov:tax:v1: the tax systems' contract of the certificate business (system openings). */
package cn.autogov.ws.tax;
