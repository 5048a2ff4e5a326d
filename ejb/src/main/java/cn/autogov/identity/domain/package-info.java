/** Accounts, roles and the password rules: the invariants of identity, free of any container. */
package cn.autogov.identity.domain;
