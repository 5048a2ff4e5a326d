package cn.autogov.usedcar.domain;

/**
 * 车辆类型 of a used-car sale, the rows the monthly report (二手车交易月报, seed 003 §2.5.1) groups by:
 * 基本型（轿车）, MPV, SUV, 交叉型, 客车, 货车, 三轮汽车, 低速货车, 挂车, 摩托车, 其他车.
 */
public enum VehicleClass {
  SEDAN,
  MPV,
  SUV,
  CROSSOVER,
  BUS,
  TRUCK,
  TRICYCLE,
  LOW_SPEED_TRUCK,
  TRAILER,
  MOTORCYCLE,
  OTHER
}
