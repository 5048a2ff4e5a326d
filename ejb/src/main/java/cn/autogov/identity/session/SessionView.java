package cn.autogov.identity.session;

import cn.autogov.identity.session.AccountSession.SessionChannel;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One of the caller's active sessions ({@code current}: the one asking). */
public record SessionView(
    String id,
    SessionChannel channel,
    String clientAddress,
    String userAgent,
    LocalDateTime createdAt,
    LocalDateTime lastSeenAt,
    boolean current)
    implements Serializable {}
