package cn.autogov.web.admin;

import cn.autogov.reference.CodeView;
import cn.autogov.reference.ReferenceData;
import cn.autogov.web.platform.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * /admin/reference-codes.xhtml?category=...: the active codes of one list; administrators add,
 * rename and retire codes when a list changes (a retired code stays in old records, it is only no
 * longer offered).
 */
@Named
@ViewScoped
public class ReferenceCodesBacking implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReferenceData reference;

  private String category;

  @NotBlank
  @Size(max = 20)
  @Pattern(regexp = "[A-Za-z0-9_\\-]+")
  private String code;

  @NotBlank
  @Size(max = 100)
  private String nameZh;

  @NotBlank
  @Size(max = 100)
  private String nameEn;

  private int sortOrder = 500;

  public List<String> getCategories() {
    return reference.categories();
  }

  public List<CodeView> getCodes() {
    return category == null || category.isBlank() ? List.of() : reference.codes(category);
  }

  public String save() {
    reference.save(category, code.strip(), nameZh.strip(), nameEn.strip(), sortOrder);
    return done("admin.codes.saved", code);
  }

  public String retire(String retired) {
    reference.retire(category, retired);
    return done("admin.codes.retired", retired);
  }

  private String done(String key, String which) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.ui(key, which), null));
    return "/admin/reference-codes?faces-redirect=true&category=" + category;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }
}
