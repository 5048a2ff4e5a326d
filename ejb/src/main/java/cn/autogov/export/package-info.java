/** 二手车出口企业备案 (seed 001): the export filing and its change, on the filing engine (#5, #8). */
package cn.autogov.export;
