package cn.autogov.usedcar.domain;

import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 二手车交易市场备案 (seed 003 §2.3.1): a market counts its resident dealers and its own staff. */
@Entity
@Table(name = "uc_market_filing")
public class MarketFilingForm extends UsedCarFilingForm {

  private static final int MOST = 1_000_000;

  @Input(after = "branchCount", max = MOST)
  @Column(name = "resident_dealers")
  private Integer residentDealers;

  @Input(after = "residentDealers", max = MOST)
  @Column(name = "market_staff")
  private Integer marketStaff;

  protected MarketFilingForm() {}
}
