/**
 * Working days (工作日): weekends and the State Council's holidays are off, its 调休 make-up days are
 * on. The calendar is reference data per year; a date in a year without data is an error, never a
 * guess.
 */
package cn.autogov.calendar;
