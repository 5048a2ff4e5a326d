package cn.autogov.coc.domain;

/** What a 合格证电子信息批量变更 lets the enterprise do with the listed certificates' e-data (修改撤销). */
public enum BatchChangeKind {
  /** 修改: correct the e-data */
  MODIFY,
  /** 撤销: revoke the e-data */
  REVOKE
}
