package cn.autogov.exchange.domain;

import cn.autogov.kernel.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDateTime;
import java.util.Base64;

/**
 * The platform's signing key when no keystore is configured: an EC P-256 pair made on first use and
 * kept in the database, so every cluster member signs with the same key. Production configures a
 * PKCS#12 keystore instead (README "System exchange"); then this row is not used.
 */
@Entity
@Table(name = "platform_key")
public class PlatformKey {

  public static final String GENERATED = "generated";
  public static final String ALGORITHM = "SHA256withECDSA";

  @Id
  @Column(length = 20)
  private String name;

  @Column(name = "public_key", nullable = false, length = 1000)
  private String publicKey;

  @Column(name = "private_key", nullable = false, length = 2000)
  private String privateKey;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected PlatformKey() {}

  public static PlatformKey generate(LocalDateTime now) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = g.generateKeyPair();
      var k = new PlatformKey();
      k.name = GENERATED;
      k.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
      k.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
      k.createdAt = now;
      return k;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public PublicKey publicKey() {
    try {
      return KeyFactory.getInstance("EC")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public PrivateKey privateKey() {
    try {
      return KeyFactory.getInstance("EC")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A public key's id: the first 16 hex digits of the SHA-256 of its encoding. */
  public static String keyId(PublicKey key) {
    return Sha256.hex(key.getEncoded()).substring(0, 16);
  }
}
