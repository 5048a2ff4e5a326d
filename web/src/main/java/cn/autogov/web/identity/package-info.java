/** Sign-in, sign-out, the signed-in user's home and password pages. */
package cn.autogov.web.identity;
