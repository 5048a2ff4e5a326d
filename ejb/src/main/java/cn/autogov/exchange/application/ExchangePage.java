package cn.autogov.exchange.application;

import java.io.Serializable;
import java.util.List;

/** A page of the message log. */
public record ExchangePage(List<ExchangeView> rows, long total, int page, int size)
    implements Serializable {}
