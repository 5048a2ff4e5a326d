package cn.autogov.web.ekey;

import cn.autogov.ekey.application.EkeyRegistry;
import cn.autogov.ekey.application.KeyView;
import cn.autogov.ekey.domain.RevocationReason;
import cn.autogov.web.platform.Forms;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 电子钥匙查询 (/review/ekeys.xhtml), the provider's operators': a key by its user name or its
 * enterprise's code (the old 13-digit code too), and the revocation of its current certificate.
 */
@Named
@ViewScoped
public class ProviderKeysBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient EkeyRegistry keys;

  private String query;
  private List<KeyView> rows = List.of();
  private boolean searched;
  private final Map<String, String> reasons = new HashMap<>();

  public void search() {
    rows = keys.search(query);
    searched = true;
  }

  public void revoke(String userName) {
    KeyView revoked = Forms.call("keys", () -> keys.revokeCurrent(userName, reasons.get(userName)));
    if (revoked != null) {
      Forms.info(
          cn.autogov.web.platform.Texts.ui(
              "providerKeys.revoked", revoked.userName(), revoked.serial()));
      rows = keys.search(query);
    }
  }

  public List<String> getReasonCodes() {
    return Arrays.stream(RevocationReason.values()).map(Enum::name).toList();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String v) {
    this.query = v;
  }

  public List<KeyView> getRows() {
    return rows;
  }

  public boolean isSearched() {
    return searched;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }
}
