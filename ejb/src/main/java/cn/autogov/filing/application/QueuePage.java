package cn.autogov.filing.application;

import java.io.Serializable;
import java.util.List;

/** One page of a queue; {@code hasNext} instead of a total, so no view counts the whole table. */
public record QueuePage(List<FilingView> rows, int page, int size, boolean hasNext)
    implements Serializable {}
