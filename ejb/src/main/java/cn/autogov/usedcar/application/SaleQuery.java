package cn.autogov.usedcar.application;

import java.io.Serializable;

/**
 * 搜索 of the sales list (seed 003 §2.4.2): one search kind and its keyword — buyer or seller name
 * (contains), VIN or plate (exact), vehicle class (its code), entry date (YYYY-MM-DD) — and the
 * keyset: the page after the sale {@code after} (the newest first), {@code size} rows.
 */
public record SaleQuery(String by, String keyword, Long after, int size) implements Serializable {

  /** The kinds of search. */
  public enum By {
    ALL,
    BUYER,
    SELLER,
    VIN,
    PLATE,
    VEHICLE_CLASS,
    ENTERED_ON
  }
}
