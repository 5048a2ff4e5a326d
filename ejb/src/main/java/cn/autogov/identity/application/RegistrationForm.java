package cn.autogov.identity.application;

import java.io.Serializable;

/** 用户注册 (seed 002): login name, password twice, email, mobile number and its SMS code. */
public record RegistrationForm(
    String loginName,
    String password,
    String confirmation,
    String email,
    String mobile,
    String smsCode)
    implements Serializable {}
