package cn.autogov.usedcar.domain;

/**
 * A column of a used-car return: amounts in 万元 to two decimals, the rest counts. The monthly
 * report's (二手车交易月报, seed 003 §2.5.1) are 交易金额, 交易数量 (合计, 直接交易, 委托交易, 本地过户, 转籍) and 使用性质 (营运, 非营运,
 * 营转非); the appraisers' quarterly's (二手车鉴定评估季报) 鉴定评估数量 and 评估金额.
 */
public enum ReportColumn {
  AMOUNT(2),
  TOTAL(0),
  DIRECT(0),
  CONSIGNED(0),
  LOCAL_TRANSFER(0),
  OUT_TRANSFER(0),
  OPERATING(0),
  NON_OPERATING(0),
  CONVERTED(0),
  APPRAISED_COUNT(0),
  APPRAISED_VALUE(2);

  private final int scale;

  ReportColumn(int scale) {
    this.scale = scale;
  }

  /** Decimals: 2 for 万元, 0 for counts. */
  public int scale() {
    return scale;
  }

  public boolean isAmount() {
    return scale > 0;
  }
}
