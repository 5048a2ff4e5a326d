/**
 * The filing engine's services: the applicant's filings (start, fill in, attach, submit, withdraw,
 * change), the reviewers' workbench (queues, claim, assign, decide), the deadlines job, and the
 * registry of business definitions.
 */
package cn.autogov.filing.application;
