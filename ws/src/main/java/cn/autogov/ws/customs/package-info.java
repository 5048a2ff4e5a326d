/** The customs service (urn:autogov:customs:v1): 海关 checks used-car exporters' filings. */
package cn.autogov.ws.customs;
