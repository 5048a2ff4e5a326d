package cn.autogov.usedcar.application;

import java.util.List;

/** A page of sales, the newest first, and the key of the next page (null: the last). */
public record SalePage(List<SaleView> rows, Long next) {}
