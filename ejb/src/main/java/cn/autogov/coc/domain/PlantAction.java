package cn.autogov.coc.domain;

/** What a row of 配置信息系统开通 asks for a plant (seed 000 §九: 添加或变更生产厂). */
public enum PlantAction {
  /** 新增生产厂: a plant the tax side does not know yet; the platform gives it its code */
  ADD,
  /** 变更生产厂: new data for a plant of the enterprise, named by its code */
  CHANGE
}
