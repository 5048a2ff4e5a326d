package cn.autogov.web.platform;

/**
 * A page's bean that pages through a list: the shared pager ({@code
 * /WEB-INF/templates/pager.xhtml}) shows "共 N 条，第 p / P 页" and the previous and next buttons from
 * it. A total that was only counted up to a cap shows as "N+".
 */
public interface Paged {

  /** The page shown, from 1. */
  int getPage();

  /** Rows a page. */
  int pageSize();

  /** Rows in all (of the capped count, when {@link #totalCapped()}). */
  long total();

  /** Whether {@link #total()} stands for "more than that". */
  default boolean totalCapped() {
    return false;
  }

  void next();

  void previous();

  default boolean hasNext() {
    return (long) getPage() * pageSize() < total();
  }

  default long getPages() {
    return Math.max(1, (total() + pageSize() - 1) / pageSize());
  }

  default String getTotalText() {
    return total() + (totalCapped() ? "+" : "");
  }

  default String getPagesText() {
    return getPages() + (totalCapped() ? "+" : "");
  }
}
