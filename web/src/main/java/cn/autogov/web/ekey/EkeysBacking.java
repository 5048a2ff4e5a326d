package cn.autogov.web.ekey;

import cn.autogov.ekey.application.EkeyRegistry;
import cn.autogov.ekey.application.KeyView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** 我的电子钥匙: the enterprise's keys, each with its certificate to download. */
@Named
@RequestScoped
public class EkeysBacking {

  @Inject EkeyRegistry keys;

  private List<KeyView> rows;

  public List<KeyView> getRows() {
    if (rows == null) {
      rows = keys.mine();
    }
    return rows;
  }
}
