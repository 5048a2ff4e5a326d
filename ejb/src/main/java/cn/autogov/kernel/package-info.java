/**
 * The shared kernel: rules that every business area and every channel (portal, REST, SOAP) applies
 * the same way — identifiers, uploaded documents, working days, reference data.
 */
package cn.autogov.kernel;
