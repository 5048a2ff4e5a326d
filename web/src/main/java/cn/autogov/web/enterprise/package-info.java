/**
 * The enterprise's pages and REST: its data and sub-enterprises, its agents (the legal person's
 * roster), the agent's own page (apply, switch enterprise), and the administrators' sub-enterprise
 * registration.
 */
package cn.autogov.web.enterprise;
