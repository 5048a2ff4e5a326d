package cn.autogov.filing.application;

import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingStatus;

/**
 * A filing's status changed (fired by {@link FilingRecorder} inside the step's transaction, so an
 * observer's writes — a partner message in the outbox, say — commit or roll back with it).
 */
public record FilingStatusChanged(Filing filing, FilingStatus from, FilingStatus to) {}
