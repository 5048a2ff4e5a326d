package cn.autogov.identity.session;

import cn.autogov.access.Role;
import java.io.Serializable;

/**
 * Who a live session belongs to, with the account's role as it is now, and the fingerprint of the
 * e-key certificate it was opened with (null for a password sign-in).
 */
public record SessionPrincipal(String loginName, Role role, String certificate)
    implements Serializable {}
