package cn.autogov.enterprise.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One entry of an enterprise's record of actions: who, what, when. */
public record ActionView(
    LocalDateTime at, String loginName, String personName, String action, String subject)
    implements Serializable {}
