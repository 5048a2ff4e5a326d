/** Configuration that is computed rather than written down: values generated per installation. */
package cn.autogov.config;
