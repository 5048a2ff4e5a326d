/** The shared kernel's public face: identifier pre-checks for partner front ends. */
package cn.autogov.web.kernel;
