/**
 * Filings and their status machine, review routes, validity policies and type definitions. The
 * rules of a move live in {@link cn.autogov.filing.domain.Filing}; services only load, call, store.
 */
package cn.autogov.filing.domain;
