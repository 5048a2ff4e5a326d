package cn.autogov.identity.recovery;

import cn.autogov.document.store.Upload;
import java.io.Serializable;

/**
 * 合格证系统用户信息找回 (seed 000 §八): the enterprise, whether it is listed in the vehicle producer
 * announcement (公告企业), the person applying and the person the letter of authorisation names (they
 * must be the same), and the stamped materials.
 */
public record RecoveryForm(
    String creditCode,
    String enterpriseName,
    boolean announced,
    String requesterName,
    String requesterIdNumber,
    String authorisedName,
    String authorisedIdNumber,
    Upload announcementFront,
    Upload announcementPage,
    Upload licence,
    Upload letter,
    Upload legalPersonIdScan,
    Upload authorisedIdScan)
    implements Serializable {}
