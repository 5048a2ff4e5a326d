package cn.autogov.identity.realname;

import cn.autogov.document.store.Upload;
import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.enterprise.EnterpriseType;
import cn.autogov.identity.enterprise.LegalPersonType;
import java.io.Serializable;

/** 法人录入信息 (seed 002): every field of the legal-person verification form. */
public record LegalPersonForm(
    EnterpriseType enterpriseType,
    String creditCode,
    String organisationName,
    LegalPersonType legalPersonType,
    String legalRepresentative,
    IdType idType,
    String idNumber,
    String address,
    Upload idScan,
    Upload licenceScan)
    implements Serializable {}
