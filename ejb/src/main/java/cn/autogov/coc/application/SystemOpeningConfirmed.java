package cn.autogov.coc.application;

import cn.autogov.coc.domain.SystemOpening;

/** The tax side's word changed an opening (已开通, or 开通失败 with a reason), in its transaction. */
public record SystemOpeningConfirmed(SystemOpening opening) {}
