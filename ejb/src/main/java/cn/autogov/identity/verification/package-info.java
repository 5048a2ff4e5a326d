/**
 * SMS and email verification codes: 6 digits, 5 minutes, single use, rate-limited per address and
 * per caller.
 */
package cn.autogov.identity.verification;
