package cn.autogov.identity.application;

import cn.autogov.access.Role;
import java.io.Serializable;

/**
 * A staff account: its role, the organisation it belongs to and, for regional authorities, the
 * administrative division it covers.
 */
public record StaffForm(
    String loginName,
    String displayName,
    Role role,
    String organisation,
    String regionCode,
    String mobile,
    String email)
    implements Serializable {}
