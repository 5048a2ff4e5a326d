/**
 * Who may do what, for every area: the roles ({@link cn.autogov.access.Role}) and who the caller is
 * ({@link cn.autogov.access.CurrentCaller}). A shared area: it imports no business area, and every
 * area may import it.
 */
package cn.autogov.access;
