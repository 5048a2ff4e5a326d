package cn.autogov.ekey.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a development installation keeps the CA it generated: in the database, so that every member
 * of a cluster signs with the same one. The first member to start stores its keystore; the others
 * read it. Production never comes here: its keystore is configured ({@link EkeyCa}).
 */
@Stateless
@PermitAll
public class EkeyCaStore {

  @PersistenceContext EntityManager em;

  /** The stored keystore and its password, or null. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Object[] read() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT keystore, password FROM ekey_ca_store WHERE id = 1")
            .getResultList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** Stores the generated keystore unless another member stored one first (then it fails). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void store(byte[] keystore, String password) {
    em.createNativeQuery(
            "INSERT INTO ekey_ca_store (id, keystore, password, created_at) VALUES (1, ?, ?, ?)")
        .setParameter(1, keystore)
        .setParameter(2, password)
        .setParameter(3, LocalDateTime.now())
        .executeUpdate();
  }
}
