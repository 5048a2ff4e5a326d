package cn.autogov.identity.session;

import cn.autogov.identity.session.AccountSession.SessionChannel;
import java.io.Serializable;

/** Where a login comes from: the session it opens records it for "my account → sessions". */
public record SessionRequest(SessionChannel channel, String clientAddress, String userAgent)
    implements Serializable {}
