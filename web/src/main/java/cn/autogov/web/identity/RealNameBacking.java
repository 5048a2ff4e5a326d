package cn.autogov.web.identity;

import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.enterprise.EnterpriseType;
import cn.autogov.identity.enterprise.LegalPersonType;
import cn.autogov.identity.realname.LegalPersonForm;
import cn.autogov.identity.realname.NaturalPersonForm;
import cn.autogov.identity.realname.RealNameService;
import cn.autogov.identity.realname.RealNameView;
import cn.autogov.identity.realname.Subject;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** /app/account/real-name.xhtml: 实名认证 as a legal person or a natural person (seed 002). */
@Named
@ViewScoped
public class RealNameBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RealNameService realName;

  private List<RealNameView> applications;
  private Subject subject = Subject.LEGAL_PERSON;
  private EnterpriseType enterpriseType;
  private String creditCode;
  private String organisationName;
  private LegalPersonType legalPersonType;
  private String legalRepresentative;
  private String name;
  private IdType idType = IdType.RESIDENT_ID;
  private String idNumber;
  private String address;
  private LocalDate validFrom;
  private LocalDate validUntil;
  private boolean permanent;
  private transient UploadedFile idScan;
  private transient UploadedFile licenceScan;

  @PostConstruct
  void load() {
    applications = realName.mine();
  }

  public void submit() {
    RealNameView done =
        Forms.call(
            "realName",
            () ->
                subject == Subject.LEGAL_PERSON
                    ? realName.submitLegalPerson(
                        new LegalPersonForm(
                            enterpriseType,
                            creditCode,
                            organisationName,
                            legalPersonType,
                            legalRepresentative,
                            idType,
                            idNumber,
                            address,
                            Uploads.of(idScan),
                            Uploads.of(licenceScan)))
                    : realName.submitNaturalPerson(
                        new NaturalPersonForm(
                            name,
                            idType,
                            idNumber,
                            address,
                            validFrom,
                            validUntil,
                            permanent,
                            Uploads.of(idScan))));
    if (done != null) {
      Forms.info(Texts.ui("realname.submitted"));
      load();
    }
  }

  /** The newest application, for the status panel. */
  public RealNameView getLatest() {
    return applications.isEmpty() ? null : applications.get(0);
  }

  public boolean isPending() {
    return getLatest() != null && getLatest().status().name().equals("SUBMITTED");
  }

  public Subject[] getSubjects() {
    return Subject.values();
  }

  public EnterpriseType[] getEnterpriseTypes() {
    return EnterpriseType.values();
  }

  public LegalPersonType[] getLegalPersonTypes() {
    return LegalPersonType.values();
  }

  public IdType[] getIdTypes() {
    return IdType.values();
  }

  public Subject getSubject() {
    return subject;
  }

  public void setSubject(Subject subject) {
    this.subject = subject;
  }

  public EnterpriseType getEnterpriseType() {
    return enterpriseType;
  }

  public void setEnterpriseType(EnterpriseType enterpriseType) {
    this.enterpriseType = enterpriseType;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public LegalPersonType getLegalPersonType() {
    return legalPersonType;
  }

  public void setLegalPersonType(LegalPersonType legalPersonType) {
    this.legalPersonType = legalPersonType;
  }

  public String getLegalRepresentative() {
    return legalRepresentative;
  }

  public void setLegalRepresentative(String legalRepresentative) {
    this.legalRepresentative = legalRepresentative;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public IdType getIdType() {
    return idType;
  }

  public void setIdType(IdType idType) {
    this.idType = idType;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public boolean isPermanent() {
    return permanent;
  }

  public void setPermanent(boolean permanent) {
    this.permanent = permanent;
  }

  public UploadedFile getIdScan() {
    return idScan;
  }

  public void setIdScan(UploadedFile idScan) {
    this.idScan = idScan;
  }

  public UploadedFile getLicenceScan() {
    return licenceScan;
  }

  public void setLicenceScan(UploadedFile licenceScan) {
    this.licenceScan = licenceScan;
  }
}
