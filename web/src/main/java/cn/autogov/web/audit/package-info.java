/** The audit trail's administration (#6). */
package cn.autogov.web.audit;
