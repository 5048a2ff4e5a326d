package cn.autogov.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * 站内消息: one message in one account's portal inbox. The text is a message key and its arguments, so
 * each reader sees it in their own language.
 */
@Entity
@Table(name = "inbox_message")
@NamedQuery(
    name = "InboxMessage.of",
    query = "SELECT m FROM InboxMessage m WHERE m.accountId = :account ORDER BY m.id DESC")
@NamedQuery(
    name = "InboxMessage.unread",
    query = "SELECT COUNT(m) FROM InboxMessage m WHERE m.accountId = :account AND m.readAt IS NULL")
@NamedQuery(
    name = "InboxMessage.readAll",
    query =
        "UPDATE InboxMessage m SET m.readAt = :now WHERE m.accountId = :account"
            + " AND m.readAt IS NULL")
@NamedQuery(
    name = "InboxMessage.deleteOfDemo",
    query =
        "DELETE FROM InboxMessage m WHERE m.accountId IN"
            + " (SELECT a.id FROM UserAccount a WHERE a.demo = TRUE)")
public class InboxMessage {

  private static final String SEPARATOR = "\u001f";

  @Id
  @SequenceGenerator(
      name = "inbox_message_seq",
      sequenceName = "inbox_message_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_message_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "filing_id", updatable = false)
  private Long filingId;

  @Column(name = "message_key", nullable = false, updatable = false, length = 60)
  private String key;

  @Column(updatable = false, length = 1000)
  private String args;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  protected InboxMessage() {}

  public InboxMessage(
      Long accountId, Long filingId, String key, List<String> args, LocalDateTime now) {
    this.accountId = accountId;
    this.filingId = filingId;
    this.key = key;
    String joined =
        String.join(
            SEPARATOR, args.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
    this.args = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    this.createdAt = now;
  }

  public void read(LocalDateTime now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Long getFilingId() {
    return filingId;
  }

  public String getKey() {
    return key;
  }

  public List<String> getArgs() {
    return args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getReadAt() {
    return readAt;
  }
}
