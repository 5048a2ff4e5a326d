package cn.autogov.audit.application;

import java.io.Serializable;
import java.util.List;

/** One page of a search, and how many entries match in all. */
public record AuditPage(List<AuditView> entries, long total, int page, int size)
    implements Serializable {}
