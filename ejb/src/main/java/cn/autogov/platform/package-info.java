/**
 * The platform's own ground: database and schema, settings, health, once-per-cluster jobs. No
 * business rules live here; every business area builds on it.
 */
package cn.autogov.platform;
