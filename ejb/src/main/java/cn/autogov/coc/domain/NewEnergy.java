package cn.autogov.coc.domain;

/** Whether a listed vehicle is a new-energy vehicle (新能源汽车): then its evidence PDF is required. */
public enum NewEnergy {
  YES,
  NO
}
