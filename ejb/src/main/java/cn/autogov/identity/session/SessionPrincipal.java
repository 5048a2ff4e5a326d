package cn.autogov.identity.session;

import cn.autogov.access.Role;
import java.io.Serializable;

/** Who a live session belongs to, with the account's role as it is now. */
public record SessionPrincipal(String loginName, Role role) implements Serializable {}
