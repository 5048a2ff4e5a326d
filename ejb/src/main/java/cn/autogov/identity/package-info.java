/**
 * Identity and access: accounts of enterprises, agents, staff and system clients, their roles and
 * passwords. The full registration, real-name verification and data-scope rules grow here.
 */
package cn.autogov.identity;
