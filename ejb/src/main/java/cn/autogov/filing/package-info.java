/**
 * The filing engine (#5): filings (备案, 申请) that an enterprise prepares and an authority reviews,
 * each business a type definition plus its own form and rules.
 */
package cn.autogov.filing;
