/**
 * An account's own affairs on the filing engine, filed by the signed-in account rather than for an
 * enterprise: 账号找回 (seed 000 §八), 实名认证 (seed 002). Above the engine and identity: the types'
 * approvals ask identity to act (a password reset, a verified account).
 */
package cn.autogov.account;
