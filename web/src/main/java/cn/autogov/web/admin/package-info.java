/** Administration pages (role admin): the working-day calendar, reference codes. */
package cn.autogov.web.admin;
