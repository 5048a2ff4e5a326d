package cn.autogov.enterprise.application;

import java.io.Serializable;

/** A sub-enterprise to open under a parent, with its account's login name and contact. */
public record SubEnterpriseForm(
    String parentCreditCode,
    String creditCode,
    String name,
    String address,
    String loginName,
    String mobile,
    String email)
    implements Serializable {}
