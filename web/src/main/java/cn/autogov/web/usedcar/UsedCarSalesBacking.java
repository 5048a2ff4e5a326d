package cn.autogov.web.usedcar;

import cn.autogov.usedcar.application.SalePage;
import cn.autogov.usedcar.application.SaleQuery;
import cn.autogov.usedcar.application.SaleView;
import cn.autogov.usedcar.application.UsedCarConfirmations;
import cn.autogov.usedcar.application.UsedCarSales;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * /app/usedcar/sales.xhtml: 二手车销售情况列表 (seed 003 §2.4.2): 搜索类型 and 关键词, pages by key (上一页 goes back
 * along the keys seen), 编辑 and 删除 of each sale.
 */
@Named
@ViewScoped
public class UsedCarSalesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE = 20;

  @Inject UsedCarSales sales;

  private String by = "ALL";
  private String keyword;
  private Long after;
  private final Deque<Long> before = new ArrayDeque<>();
  private SalePage page = new SalePage(List.of(), null);
  private UsedCarConfirmations.Standing standing;

  @PostConstruct
  void load() {
    standing = sales.standing();
    fetch();
  }

  private void fetch() {
    SalePage p = Forms.call("sales", () -> sales.list(new SaleQuery(by, keyword, after, PAGE)));
    page = p == null ? new SalePage(List.of(), null) : p;
  }

  /** 搜索: the first page of the search. */
  public void search() {
    after = null;
    before.clear();
    fetch();
  }

  public void next() {
    if (page.next() != null) {
      before.push(after == null ? 0L : after);
      after = page.next();
      fetch();
    }
  }

  public void previous() {
    if (!before.isEmpty()) {
      Long back = before.pop();
      after = back == 0L ? null : back;
      fetch();
    }
  }

  public void delete(Long id) {
    if (Forms.run("sales", () -> sales.delete(id))) {
      Forms.info(cn.autogov.web.platform.Texts.ui("sale.deleted"));
      fetch();
    }
  }

  public List<String> getKinds() {
    return Arrays.stream(SaleQuery.By.values()).map(Enum::name).toList();
  }

  public List<SaleView> getRows() {
    return page.rows();
  }

  public boolean isHasNext() {
    return page.next() != null;
  }

  public boolean isHasPrevious() {
    return !before.isEmpty();
  }

  public int getPageNo() {
    return before.size() + 1;
  }

  public UsedCarConfirmations.Standing getStanding() {
    return standing;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  public String getKeyword() {
    return keyword;
  }

  public void setKeyword(String keyword) {
    this.keyword = keyword;
  }
}
