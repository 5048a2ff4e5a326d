/** Reviewers' pages that are not filings: account recovery queue, enterprise directory. */
package cn.autogov.web.review;
