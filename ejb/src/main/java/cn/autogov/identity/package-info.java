/**
 * Identity: accounts (registered persons, legal persons, agents, staff), their passwords, sign-in
 * codes, sessions and real-name verification; system clients and their certificates; the acting
 * user resolved from the caller ({@code Actors}). Knows nothing of the enterprise register above
 * it: an account only carries the id of the enterprise it acts for.
 */
package cn.autogov.identity;
