package cn.autogov.exchange.application;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.audit.domain.ChainCheck;
import cn.autogov.exchange.domain.ExchangeLogHead;
import cn.autogov.exchange.domain.ExchangeMessage;
import cn.autogov.exchange.domain.ExchangeSeal;
import cn.autogov.exchange.domain.LoggedCall;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The message log of the system exchange: every call appended in its own transaction (a call whose
 * record cannot be written is refused: the gateways answer UNAVAILABLE), the platform's seals over
 * the chain's end, and the administrators' search, view and check.
 */
@Stateless
@RolesAllowed(ADMIN) // the message log's pages; the gateways and jobs below are let in by name
public class ExchangeLog {

  @PersistenceContext EntityManager em;

  @EJB PlatformSigner signer;

  /** A call's answer as it was given: the log entry and the response text. */
  public record Answer(
      long seq, String operation, String argumentsSha256, String outcome, String response) {}

  /**
   * Appends calls in the given order in one transaction (one lock on the head, one commit); returns
   * their numbers. The gateways reach it through {@link LogWriter}, which gathers the calls.
   */
  @PermitAll // the exchange gateways, after the gate
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> appendAll(List<LoggedCall> calls) {
    ExchangeLogHead head =
        em.find(ExchangeLogHead.class, ExchangeLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
    LocalDateTime now = BusinessTime.now();
    var numbers = new java.util.ArrayList<Long>(calls.size());
    var firsts = new java.util.HashMap<String, Long>();
    for (LoggedCall call : calls) {
      ExchangeMessage m = head.append(replayIfAnswered(call, firsts), now);
      em.persist(m);
      numbers.add(m.getSeq());
      if (call.remembered() && call.messageId() != null && m.getReplayOf() == null) {
        firsts.put(ExchangeMessage.idempotencyKey(m.getClientId(), call.messageId()), m.getSeq());
      }
    }
    return numbers;
  }

  /**
   * A call that would be remembered under a message id answered meanwhile (two retries at once, or
   * earlier in the same batch) is logged as a replay of the first instead.
   */
  private LoggedCall replayIfAnswered(LoggedCall call, java.util.Map<String, Long> firsts) {
    if (!call.remembered() || call.messageId() == null) {
      return call;
    }
    Long first = firsts.get(ExchangeMessage.idempotencyKey(call.clientId(), call.messageId()));
    if (first == null) {
      first = answered(call.clientId(), call.messageId()).map(Answer::seq).orElse(null);
    }
    if (first == null) {
      return call;
    }
    return new LoggedCall(
        call.clientId(),
        call.channel(),
        call.operation(),
        call.messageId(),
        first,
        LoggedCall.REPLAYED,
        call.durationMs(),
        call.origin(),
        call.request(),
        call.response(),
        false,
        call.arguments());
  }

  /** The first answer to the client's message id, if there was one. */
  @PermitAll
  public Optional<Answer> answered(String clientId, String messageId) {
    return em.createNamedQuery("ExchangeMessage.first", ExchangeMessage.class)
        .setParameter("key", ExchangeMessage.idempotencyKey(clientId, messageId))
        .getResultStream()
        .findFirst()
        .map(
            m ->
                new Answer(
                    m.getSeq(),
                    m.getOperation(),
                    m.getArgumentsSha256(),
                    m.getOutcome(),
                    m.getResponse()));
  }

  /**
   * Seals the chain's end with the platform's signature when it moved since the last seal; returns
   * the seal's number (0: nothing new).
   */
  @PermitAll // the sealing job
  public long seal() {
    ExchangeLogHead head =
        em.find(ExchangeLogHead.class, ExchangeLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
    Long last =
        em.createQuery("SELECT MAX(s.seq) FROM ExchangeSeal s", Long.class).getSingleResult();
    if (head.getLastSeq() == 0 || last != null && last >= head.getLastSeq()) {
      return 0;
    }
    ExchangeSeal seal =
        ExchangeSeal.of(
            head.getLastSeq(),
            head.getLastHash(),
            BusinessTime.now(),
            signer.keyId(),
            cn.autogov.exchange.domain.PlatformKey.ALGORITHM,
            signer::sign);
    em.persist(seal);
    return seal.getSeq();
  }

  /** 报文日志查询: newest first. */
  public ExchangePage search(ExchangeQuery q) {
    List<ExchangeView> rows =
        filtered(q, ExchangeMessage.class, "SELECT m", " ORDER BY m.seq DESC")
            .setFirstResult(q.page() * q.size())
            .setMaxResults(q.size())
            .getResultList()
            .stream()
            .map(ExchangeView::summary)
            .toList();
    long total = filtered(q, Long.class, "SELECT COUNT(m)", "").getSingleResult();
    return new ExchangePage(rows, total, q.page(), q.size());
  }

  /** One message with its request and response. */
  public Optional<ExchangeView> message(long seq) {
    return Optional.ofNullable(em.find(ExchangeMessage.class, seq)).map(ExchangeView::full);
  }

  /** Messages {@code from}..{@code to} in order, at most {@code max}, for the export. */
  public List<ExchangeMessage> range(long from, long to, int max) {
    return em.createQuery(
            "SELECT m FROM ExchangeMessage m WHERE m.seq >= :from AND m.seq <= :to ORDER BY m.seq",
            ExchangeMessage.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(Math.min(max, 1000))
        .getResultList();
  }

  /** The seals, newest first. */
  public List<ExchangeSeal> seals(int max) {
    return em.createQuery("SELECT s FROM ExchangeSeal s ORDER BY s.seq DESC", ExchangeSeal.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** The last seal at or after {@code seq}, if any: what proves that message. */
  public Optional<ExchangeSeal> sealCovering(long seq) {
    return em.createQuery(
            "SELECT s FROM ExchangeSeal s WHERE s.seq >= :seq ORDER BY s.seq", ExchangeSeal.class)
        .setParameter("seq", seq)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Retention, first step: the chain is to start after the newest seal whose message is older than
   * {@code cutoff} (so what is kept verifies from that seal's signed hash); 0 when nothing is to
   * go.
   */
  @PermitAll // the retention job
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long startAfterSealBefore(LocalDateTime cutoff) {
    ExchangeLogHead head =
        em.find(ExchangeLogHead.class, ExchangeLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
    ExchangeSeal seal =
        em.createQuery(
                "SELECT s FROM ExchangeSeal s, ExchangeMessage m WHERE m.seq = s.seq"
                    + " AND m.recordedAt < :cutoff AND s.seq >= :first ORDER BY s.seq DESC",
                ExchangeSeal.class)
            .setParameter("cutoff", cutoff)
            .setParameter("first", head.getFirstSeq())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (seal == null) {
      return 0;
    }
    head.startAfter(seal);
    return head.getFirstSeq();
  }

  /** Retention, second step: removes up to {@code max} messages before the chain's start. */
  @PermitAll // the retention job
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int removeBeforeStart(int max) {
    long first = em.find(ExchangeLogHead.class, ExchangeLogHead.ID).getFirstSeq();
    List<Long> seqs =
        em.createQuery(
                "SELECT m.seq FROM ExchangeMessage m WHERE m.seq < :first ORDER BY m.seq",
                Long.class)
            .setParameter("first", first)
            .setMaxResults(max)
            .getResultList();
    if (seqs.isEmpty()) {
      return 0;
    }
    return em.createQuery("DELETE FROM ExchangeMessage m WHERE m.seq >= :lo AND m.seq <= :hi")
        .setParameter("lo", seqs.get(0))
        .setParameter("hi", seqs.get(seqs.size() - 1))
        .executeUpdate();
  }

  /** Checks the chain against its head, from where retention left it (or its first message). */
  public ChainCheck.Result verify() {
    ExchangeLogHead head = em.find(ExchangeLogHead.class, ExchangeLogHead.ID);
    ChainCheck check = new ChainCheck(head.getFirstSeq(), head.getFirstPrevHash());
    long after = head.getFirstSeq() - 1;
    while (true) {
      List<ExchangeMessage> batch =
          em.createQuery(
                  "SELECT m FROM ExchangeMessage m WHERE m.seq > :after ORDER BY m.seq",
                  ExchangeMessage.class)
              .setParameter("after", after)
              .setMaxResults(1000)
              .getResultList();
      for (ExchangeMessage m : batch) {
        if (!check.next(m)) {
          return check.end(head.getLastSeq(), head.getLastHash());
        }
        after = m.getSeq();
      }
      em.clear();
      if (batch.size() < 1000) {
        return check.end(head.getLastSeq(), head.getLastHash());
      }
    }
  }

  private <T> TypedQuery<T> filtered(ExchangeQuery q, Class<T> type, String select, String tail) {
    var where = new StringBuilder(" FROM ExchangeMessage m WHERE 1 = 1");
    if (q.clientId() != null) {
      where.append(" AND m.clientId = :client");
    }
    if (q.operation() != null) {
      where.append(" AND m.operation = :operation");
    }
    if (q.outcome() != null) {
      where.append(" AND m.outcome = :outcome");
    }
    if (q.messageId() != null) {
      where.append(" AND m.messageId = :messageId");
    }
    if (q.from() != null) {
      where.append(" AND m.recordedAt >= :from");
    }
    if (q.to() != null) {
      where.append(" AND m.recordedAt < :to");
    }
    TypedQuery<T> query = em.createQuery(select + where + tail, type);
    if (q.clientId() != null) {
      query.setParameter("client", q.clientId());
    }
    if (q.operation() != null) {
      query.setParameter("operation", q.operation());
    }
    if (q.outcome() != null) {
      query.setParameter("outcome", q.outcome());
    }
    if (q.messageId() != null) {
      query.setParameter("messageId", q.messageId());
    }
    if (q.from() != null) {
      query.setParameter("from", q.from());
    }
    if (q.to() != null) {
      query.setParameter("to", q.to());
    }
    return query;
  }
}
