package cn.autogov.coc.domain;

/**
 * The tax-linked systems a manufacturer asks the certification centre to open (seed 000 §九–§十一),
 * each with the filing type that asks for it. Labels {@code taxSystem.<name>}.
 */
public enum TaxSystem {
  /** 配置信息系统 (§九): the plants' data for the vehicle purchase tax's price information */
  CONFIG_INFO("coc-config-opening"),
  /** 免税图册系统 (§十): non-transport vehicles with fixed equipment, exempt from purchase tax */
  TAX_FREE_ATLAS("coc-atlas-opening"),
  /** 票据关联系统 (§十一): invoices linked to certificates */
  INVOICE_LINK("coc-invoice-opening");

  private final String filingType;

  TaxSystem(String filingType) {
    this.filingType = filingType;
  }

  public String filingType() {
    return filingType;
  }

  /** The system a filing type opens; null for another type. */
  public static TaxSystem ofFilingType(String typeCode) {
    for (TaxSystem s : values()) {
      if (s.filingType.equals(typeCode)) {
        return s;
      }
    }
    return null;
  }
}
