package cn.autogov.export.application;

import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 二手车出口备案变更 (seed 001 §1.4, 说明(4)): everything but the credit code may change; on approval the new
 * values apply to the approved filing and its validity stays.
 */
@ApplicationScoped
public class ExportChangeDefinition implements FilingDefinition {

  private final FilingType type =
      ExportFilings.common(ExportFilings.CHANGE)
          .numbered("EXC")
          .changes(ExportFilings.FILING)
          .build();

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  public void approved(Approval approval) {
    approval.applyChange();
  }
}
