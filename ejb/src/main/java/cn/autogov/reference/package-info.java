/**
 * Reference data: administrative divisions (GB/T 2260) and the small code lists every form picks
 * from.
 */
package cn.autogov.reference;
