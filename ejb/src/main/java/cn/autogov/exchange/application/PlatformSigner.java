package cn.autogov.exchange.application;

import cn.autogov.exchange.domain.PlatformKey;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs with the platform's key: the PKCS#12 keystore an administrator configures ({@code
 * AUTOGOV_SIGNING_KEYSTORE}, {@code _PASSWORD}, {@code _ALIAS}), else a key the platform made on
 * first use and keeps in the database (development and single-site use; a warning says so).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // used by the sealing job and the log's export, which check their callers
public class PlatformSigner {

  private static final Logger LOG = Logger.getLogger(PlatformSigner.class.getName());

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "autogov.signing.keystore")
  Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "autogov.signing.keystore-password")
  Optional<String> keystorePassword;

  @Inject
  @ConfigProperty(name = "autogov.signing.key-alias")
  Optional<String> keyAlias;

  private volatile Keys keys;

  /** The key pair in use. */
  public record Keys(String keyId, PublicKey publicKey, PrivateKey privateKey) {}

  public String sign(byte[] text) {
    try {
      Signature s = Signature.getInstance(PlatformKey.ALGORITHM);
      s.initSign(keys().privateKey());
      s.update(text);
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the platform key", e);
    }
  }

  public String keyId() {
    return keys().keyId();
  }

  /** The public key in PEM, for verifiers. */
  public String publicKeyPem() {
    String b64 =
        Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys().publicKey().getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
  }

  private Keys keys() {
    Keys k = keys;
    if (k == null) {
      synchronized (this) {
        if (keys == null) {
          keys =
              keystore.filter(s -> !s.isBlank()).map(this::fromKeystore).orElseGet(this::generated);
        }
        k = keys;
      }
    }
    return k;
  }

  private Keys fromKeystore(String path) {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      char[] password = keystorePassword.orElse("").toCharArray();
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      String alias = keyAlias.orElseGet(() -> firstKeyAlias(ks));
      var privateKey = (PrivateKey) ks.getKey(alias, password);
      PublicKey publicKey = ks.getCertificate(alias).getPublicKey();
      LOG.info(() -> "Platform signing key " + alias + " from " + path);
      return new Keys(PlatformKey.keyId(publicKey), publicKey, privateKey);
    } catch (java.io.IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the signing keystore " + path, e);
    }
  }

  private static String firstKeyAlias(KeyStore ks) {
    try {
      for (var aliases = ks.aliases(); aliases.hasMoreElements(); ) {
        String a = aliases.nextElement();
        if (ks.isKeyEntry(a)) {
          return a;
        }
      }
    } catch (java.security.KeyStoreException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("the signing keystore holds no key");
  }

  private Keys generated() {
    PlatformKey k = em.find(PlatformKey.class, PlatformKey.GENERATED);
    if (k == null) {
      k = PlatformKey.generate(BusinessTime.now());
      em.persist(k);
      em.flush();
      LOG.warning(
          "No AUTOGOV_SIGNING_KEYSTORE: the platform made its own signing key and keeps it in the"
              + " database. Production configures a keystore (README, System exchange).");
    }
    return new Keys(PlatformKey.keyId(k.publicKey()), k.publicKey(), k.privateKey());
  }
}
