/**
 * 审计: the append-only, hash-chained audit trail (#6) — who did what, for whom, when, from where.
 */
package cn.autogov.audit;
