package cn.autogov.filing.application;

import cn.autogov.access.Actor;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingEvent;
import cn.autogov.filing.domain.FilingStatus;

/**
 * One step a filing took ({@link FilingSteps#publish}): the one event every consequence observes —
 * the audit entry, the applicant's inbox, SMS and email, the enterprise's activity, a business's
 * own (customs hears of an export filing's decision). Observers run in the step's transaction, so
 * what they write commits or rolls back with it. {@code actor} is null for the platform's jobs.
 */
public record FilingStepped(Filing filing, FilingEvent step, Actor actor) {

  public FilingStatus from() {
    return step.getFrom();
  }

  public FilingStatus to() {
    return step.getTo();
  }

  /** Whether the status changed (a claim, say, leaves it as it was). */
  public boolean changesStatus() {
    return step.getFrom() != step.getTo();
  }

  public String remark() {
    return step.getRemark();
  }
}
