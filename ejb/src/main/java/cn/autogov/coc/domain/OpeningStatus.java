package cn.autogov.coc.domain;

/**
 * Where an approved system opening stands with the tax side (labels {@code openingStatus.<name>}):
 * approved and waiting for the tax system (待开通), opened there (已开通), or refused there with its
 * reason (开通失败), which the tax side may later open after all.
 */
public enum OpeningStatus {
  AWAITING,
  OPENED,
  REFUSED
}
