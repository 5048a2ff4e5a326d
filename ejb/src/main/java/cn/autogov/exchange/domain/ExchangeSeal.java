package cn.autogov.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The platform's signature over the message log's end at one moment: whoever holds the platform's
 * public key can check that every message up to {@code seq} is as it was when sealed, since each
 * hash covers all before it.
 */
@Entity
@Table(name = "exchange_seal")
public class ExchangeSeal {

  @Id private long seq;

  @Column(nullable = false, length = 64)
  private String hash;

  @Column(name = "sealed_at", nullable = false)
  private LocalDateTime sealedAt;

  @Column(name = "key_id", nullable = false, length = 64)
  private String keyId;

  @Column(nullable = false, length = 20)
  private String algorithm;

  @Column(nullable = false, length = 2000)
  private String signature;

  protected ExchangeSeal() {}

  /** The bytes the signature covers: one line, the same in the offline verifier. */
  public static byte[] signedText(long seq, String hash, LocalDateTime sealedAt) {
    return ("autogov-exchange-seal:" + seq + ":" + hash + ":" + sealedAt)
        .getBytes(StandardCharsets.UTF_8);
  }

  public static ExchangeSeal of(
      long seq,
      String hash,
      LocalDateTime now,
      String keyId,
      String algorithm,
      java.util.function.Function<byte[], String> signer) {
    var s = new ExchangeSeal();
    s.seq = seq;
    s.hash = hash;
    s.sealedAt = now.truncatedTo(ChronoUnit.MILLIS);
    s.keyId = keyId;
    s.algorithm = algorithm;
    s.signature = signer.apply(signedText(seq, hash, s.sealedAt));
    return s;
  }

  public byte[] signedText() {
    return signedText(seq, hash, sealedAt);
  }

  public long getSeq() {
    return seq;
  }

  public String getHash() {
    return hash;
  }

  public LocalDateTime getSealedAt() {
    return sealedAt;
  }

  public String getKeyId() {
    return keyId;
  }

  public String getAlgorithm() {
    return algorithm;
  }

  public String getSignature() {
    return signature;
  }
}
