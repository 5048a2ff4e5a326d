package cn.autogov.platform;

import java.util.List;

/**
 * Fired (CDI event, in the same transaction) just before production mode removes the demo
 * enterprises: every area removes what it keeps of them first (filings, …).
 */
public record DemoDataRemoval(List<Long> enterpriseIds) {}
