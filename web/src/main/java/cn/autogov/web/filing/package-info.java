/**
 * The filing pages: the enterprise's filings (/app/filings) and the reviewers' workbench
 * (/review/filings).
 */
package cn.autogov.web.filing;
