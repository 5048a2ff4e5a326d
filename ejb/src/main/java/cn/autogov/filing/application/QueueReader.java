package cn.autogov.filing.application;

import cn.autogov.access.Actor;
import cn.autogov.access.Role;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one page of a reviewer's queue ({@link ReviewService#queue}, which checks the caller's
 * role): the ids first, by one statement the queue's indexes answer (queue role, then due date or
 * submission time, then id; the division in the index too), then the page's rows by id. A page
 * after the first is a seek from a {@link QueueCursor} — {@code (due_on, id) > (?, ?)}, a range of
 * the index — so page 100,000 of ten million filings costs what page 2 does; a page asked by number
 * alone is still served, by an OFFSET. The total is counted up to {@link QueuePage#COUNT_CAP}, and
 * not at all deeper than that.
 */
@ApplicationScoped
public class QueueReader {

  @PersistenceContext EntityManager em;

  @Inject FilingTypes types;

  /** One page of {@code a}'s queue as {@code q} asks it. */
  public QueuePage page(Actor a, QueueQuery q) {
    Where where = where(a, q);
    QueueCursor after = QueueCursor.parse("after", q.sort(), q.after());
    QueueCursor before = after != null ? null : QueueCursor.parse("before", q.sort(), q.before());
    String key = "submitted".equals(q.sort()) ? "f.submitted_at" : "f.due_on";
    int page = q.page();
    List<Long> shown = null;
    boolean hasNext = true; // going back: at least the row the cursor named follows
    if (before != null) {
      List<Long> back = ids(where, key, "<", before, true, q.size() + 1, 0);
      if (back.size() > q.size()) {
        shown = new ArrayList<>(back.subList(0, q.size()));
        Collections.reverse(shown);
      } else {
        page = 1; // nothing further back: this is the first page
      }
    }
    if (shown == null) {
      List<Long> ahead =
          after != null
              ? ids(where, key, ">", after, false, q.size() + 1, 0)
              : ids(where, key, null, null, false, q.size() + 1, (page - 1) * q.size());
      hasNext = ahead.size() > q.size();
      shown = ahead.subList(0, Math.min(ahead.size(), q.size()));
    }
    long skipped = (long) (page - 1) * q.size(); // the rows on the pages before this one
    Count total = new Count(skipped + shown.size(), false);
    if (skipped >= QueuePage.COUNT_CAP) {
      total = new Count(QueuePage.COUNT_CAP + 1L, false); // deeper than the count goes: "10,000+"
    } else if (hasNext || (shown.isEmpty() && page > 1)) {
      total = count(where);
      if (total.atLeast()) { // at least what was seen so far
        total = new Count(Math.max(total.n(), skipped + shown.size() + (hasNext ? 1 : 0)), true);
      }
    }
    List<Filing> rows = fetch(shown);
    List<FilingView> views = rows.stream().map(this::view).toList();
    String previous = page > 1 && !rows.isEmpty() ? cursor(q.sort(), rows.get(0)).toString() : null;
    String next =
        hasNext && !rows.isEmpty() ? cursor(q.sort(), rows.get(rows.size() - 1)).toString() : null;
    return new QueuePage(
        views, page, q.size(), hasNext, total.n(), total.atLeast(), previous, next);
  }

  /** A filing as a queue's row. */
  FilingView view(Filing f) {
    String changeOf =
        f.getChangeOf() == null ? null : em.find(Filing.class, f.getChangeOf()).getNumber();
    return FilingView.of(f, types.of(f.getTypeCode()).type(), changeOf, false);
  }

  private static QueueCursor cursor(String sort, Filing f) {
    return QueueCursor.of(sort, f.getDueOn(), f.getSubmittedAt(), f.getId());
  }

  /**
   * The conditions of the caller's queue and the filters, in SQL, with their values in order; the
   * applicant filter (a name fragment, which no index holds) apart, as {@code text}.
   */
  private record Where(String base, List<Object> baseValues, String text, List<Object> textValues) {

    String sql() {
      return text == null ? base : base + " AND " + text;
    }

    List<Object> values() {
      List<Object> all = new ArrayList<>(baseValues);
      all.addAll(textValues);
      return all;
    }
  }

  private Where where(Actor a, QueueQuery q) {
    StringBuilder sql = new StringBuilder("f.queue_role = ?");
    List<Object> values = new ArrayList<>();
    values.add(a.role().name());
    if (a.role() == Role.ENTERPRISE) {
      sql.append(" AND f.addressee_id = ?"); // what was filed to its enterprise alone
      values.add(a.enterpriseId() == null ? -1L : a.enterpriseId());
    }
    if (a.role().isRegional()) {
      sql.append(" AND f.region_code LIKE ?");
      values.add(Actor.regionPrefix(a.regionCode() == null ? "-" : a.regionCode()) + "%");
      List<String> provincial = provincialTypes(a.role());
      if (!FilingAccess.isProvince(a.regionCode()) && !provincial.isEmpty()) {
        // the province's reviewers decide these
        sql.append(" AND f.type_code NOT IN (")
            .append(String.join(", ", Collections.nCopies(provincial.size(), "?")))
            .append(')');
        values.addAll(provincial);
      }
    }
    if (q.type() != null && !q.type().isBlank()) {
      sql.append(" AND f.type_code = ?");
      values.add(q.type());
    }
    if (q.submittedFrom() != null) {
      sql.append(" AND f.submitted_at >= ?");
      values.add(q.submittedFrom().atStartOfDay());
    }
    if (q.submittedTo() != null) {
      sql.append(" AND f.submitted_at < ?");
      values.add(q.submittedTo().plusDays(1).atStartOfDay());
    }
    if (q.dueBy() != null) {
      sql.append(" AND f.due_on <= ?");
      values.add(q.dueBy());
    }
    if (q.overdueOnly()) {
      sql.append(" AND f.due_on < ?");
      values.add(BusinessTime.today());
    }
    if (q.mineOnly()) {
      sql.append(" AND f.claimed_by = ?");
      values.add(a.loginName());
    }
    if (q.applicant() == null || q.applicant().isBlank()) {
      return new Where(sql.toString(), values, null, List.of());
    }
    return new Where(
        sql.toString(),
        values,
        "(f.applicant_name LIKE ? OR f.number = ?)",
        List.of("%" + q.applicant().strip().replace("%", "") + "%", q.applicant().strip()));
  }

  /**
   * Up to {@code limit} ids in the queue's order (or its reverse), from {@code offset}, after or
   * before ({@code seek} "&gt;" or "&lt;") the cursor's row when there is one.
   */
  @SuppressWarnings("unchecked")
  private List<Long> ids(
      Where where,
      String key,
      String seek,
      QueueCursor cursor,
      boolean reverse,
      int limit,
      int offset) {
    List<Object> values = new ArrayList<>(where.values());
    StringBuilder sql = new StringBuilder("SELECT f.id FROM filing f WHERE ").append(where.sql());
    if (cursor != null) {
      sql.append(" AND (").append(key).append(", f.id) ").append(seek).append(" (?, ?)");
      values.add(cursor.key());
      values.add(cursor.id());
    }
    String direction = reverse ? " DESC" : "";
    sql.append(" ORDER BY ").append(key).append(direction).append(", f.id").append(direction);
    sql.append(" LIMIT ").append(limit); // ints of ours: written, not bound
    if (offset > 0) {
      sql.append(" OFFSET ").append(offset);
    }
    List<Object> found = bind(em.createNativeQuery(sql.toString()), values).getResultList();
    return found.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /**
   * How many filings the queue holds, up to one more than the cap; with a name fragment, how many
   * of the first {@code COUNT_CAP + 1} of the queue without it match (a name fragment is no
   * index's: counting every match could read a whole national queue) — a lower bound when there
   * were more to look at, shown as "N+".
   */
  private Count count(Where where) {
    String limit = " LIMIT " + (QueuePage.COUNT_CAP + 1);
    if (where.text() == null) {
      String sql =
          "SELECT COUNT(*) FROM (SELECT 1 FROM filing f WHERE " + where.base() + limit + ") t";
      return new Count(
          number(bind(em.createNativeQuery(sql), where.baseValues()).getSingleResult()), false);
    }
    String sql =
        "SELECT COUNT(*), SUM(CASE WHEN "
            + where.text()
            + " THEN 1 ELSE 0 END) FROM (SELECT f.applicant_name, f.number FROM filing f WHERE "
            + where.base()
            + limit
            + ") f";
    List<Object> values = new ArrayList<>(where.textValues());
    values.addAll(where.baseValues());
    Object[] counts = (Object[]) bind(em.createNativeQuery(sql), values).getSingleResult();
    long matched = counts[1] == null ? 0 : number(counts[1]);
    return new Count(matched, number(counts[0]) > QueuePage.COUNT_CAP);
  }

  /** A count, and whether it is only a lower bound. */
  private record Count(long n, boolean atLeast) {}

  private static long number(Object n) {
    return ((Number) n).longValue();
  }

  private static Query bind(Query query, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    return query;
  }

  /** The page's filings, in the order of {@code ids}. */
  private List<Filing> fetch(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Filing> byId = new HashMap<>();
    em.createQuery("SELECT f FROM Filing f WHERE f.id IN :ids", Filing.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(f -> byId.put(f.getId(), f));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** The types a stage of which the role decides at province level. */
  private List<String> provincialTypes(Role role) {
    return types.all().stream()
        .map(FilingDefinition::type)
        .filter(t -> t.route().stream().anyMatch(s -> s.decidingRole() == role && s.provincial()))
        .map(FilingType::code)
        .toList();
  }
}
