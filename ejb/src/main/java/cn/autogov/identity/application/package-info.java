/**
 * Identity services: login, the caller's own account, the accounts a new installation starts with.
 */
package cn.autogov.identity.application;
