package cn.autogov.identity.realname;

import cn.autogov.document.store.Upload;
import cn.autogov.identity.domain.IdType;
import java.io.Serializable;
import java.time.LocalDate;

/** 自然人录入信息 (seed 002): every field of the natural-person verification form. */
public record NaturalPersonForm(
    String name,
    IdType idType,
    String idNumber,
    String address,
    LocalDate validFrom,
    LocalDate validUntil,
    boolean permanent,
    Upload idScan)
    implements Serializable {}
