package cn.autogov.web.identity;

import cn.autogov.identity.recovery.RecoveryForm;
import cn.autogov.identity.recovery.RecoveryService;
import cn.autogov.identity.recovery.RecoveryView;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** /app/account/recovery.xhtml: 合格证系统用户信息找回 (seed 000 §八), by a temporary account. */
@Named
@ViewScoped
public class RecoveryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RecoveryService recovery;

  @Inject CurrentUser currentUser;

  private List<RecoveryView> mine;
  private String creditCode;
  private String enterpriseName;
  private boolean announced = true;
  private String requesterName;
  private String requesterIdNumber;
  private String authorisedName;
  private String authorisedIdNumber;
  private transient UploadedFile announcementFront;
  private transient UploadedFile announcementPage;
  private transient UploadedFile licence;
  private transient UploadedFile letter;
  private transient UploadedFile legalPersonIdScan;
  private transient UploadedFile authorisedIdScan;

  @PostConstruct
  void load() {
    mine = recovery.mine();
    if (requesterName == null) {
      requesterName = currentUser.getAccount().realName();
    }
  }

  public void submit() {
    RecoveryView done =
        Forms.call(
            "recovery",
            () ->
                recovery.submit(
                    new RecoveryForm(
                        creditCode,
                        enterpriseName,
                        announced,
                        requesterName,
                        requesterIdNumber,
                        authorisedName,
                        authorisedIdNumber,
                        Uploads.of(announcementFront),
                        Uploads.of(announcementPage),
                        Uploads.of(licence),
                        Uploads.of(letter),
                        Uploads.of(legalPersonIdScan),
                        Uploads.of(authorisedIdScan))));
    if (done != null) {
      Forms.info(Texts.ui("recovery.submitted"));
      mine = recovery.mine();
    }
  }

  public List<RecoveryView> getMine() {
    return mine;
  }

  public boolean isPending() {
    return mine.stream().anyMatch(r -> r.status().name().equals("SUBMITTED"));
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String v) {
    this.creditCode = v;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public void setEnterpriseName(String v) {
    this.enterpriseName = v;
  }

  public boolean isAnnounced() {
    return announced;
  }

  public void setAnnounced(boolean v) {
    this.announced = v;
  }

  public String getRequesterName() {
    return requesterName;
  }

  public void setRequesterName(String v) {
    this.requesterName = v;
  }

  public String getRequesterIdNumber() {
    return requesterIdNumber;
  }

  public void setRequesterIdNumber(String v) {
    this.requesterIdNumber = v;
  }

  public String getAuthorisedName() {
    return authorisedName;
  }

  public void setAuthorisedName(String v) {
    this.authorisedName = v;
  }

  public String getAuthorisedIdNumber() {
    return authorisedIdNumber;
  }

  public void setAuthorisedIdNumber(String v) {
    this.authorisedIdNumber = v;
  }

  public UploadedFile getAnnouncementFront() {
    return announcementFront;
  }

  public void setAnnouncementFront(UploadedFile v) {
    this.announcementFront = v;
  }

  public UploadedFile getAnnouncementPage() {
    return announcementPage;
  }

  public void setAnnouncementPage(UploadedFile v) {
    this.announcementPage = v;
  }

  public UploadedFile getLicence() {
    return licence;
  }

  public void setLicence(UploadedFile v) {
    this.licence = v;
  }

  public UploadedFile getLetter() {
    return letter;
  }

  public void setLetter(UploadedFile v) {
    this.letter = v;
  }

  public UploadedFile getLegalPersonIdScan() {
    return legalPersonIdScan;
  }

  public void setLegalPersonIdScan(UploadedFile v) {
    this.legalPersonIdScan = v;
  }

  public UploadedFile getAuthorisedIdScan() {
    return authorisedIdScan;
  }

  public void setAuthorisedIdScan(UploadedFile v) {
    this.authorisedIdScan = v;
  }
}
