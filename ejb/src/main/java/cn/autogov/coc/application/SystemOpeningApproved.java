package cn.autogov.coc.application;

import cn.autogov.coc.domain.SystemOpening;

/** The certification centre approved an opening (待开通), in the approval's transaction. */
public record SystemOpeningApproved(SystemOpening opening) {}
