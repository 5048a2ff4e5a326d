package cn.autogov.filing.application;

import cn.autogov.filing.domain.FilingStatus;

/**
 * Fired (CDI event) when a filing reaches a final decision, after its type's own effects: other
 * areas react here (the exchange with partner systems, notifications) without the engine knowing
 * them.
 */
public record FilingDecided(
    Long filingId, String number, String type, Long enterpriseId, FilingStatus status) {}
