package cn.autogov.ekey.application;

import cn.autogov.ekey.domain.CertificateProfile;
import cn.autogov.kernel.RefusedException;
import cn.autogov.platform.PlatformSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's e-key CA: a root and the issuing CA below it, in a PKCS#12 keystore. Production
 * names the keystore and its password ({@code AUTOGOV_EKEY_CA_KEYSTORE}, {@code
 * AUTOGOV_EKEY_CA_PASSWORD}; the issuing CA's key entry with its chain up to the root); without
 * them nothing is issued there. A development installation generates both CAs (ECDSA P-256) on
 * first use, with a random password, and keeps them in its database ({@link EkeyCaStore}): no key
 * and no password is shipped.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EkeyCa {

  private static final Logger LOG = Logger.getLogger(EkeyCa.class.getName());

  /** The issuing CA: its key, its certificate, the root's. */
  public record Authority(PrivateKey key, X509Certificate issuing, X509Certificate root) {}

  @Inject PlatformSettings settings;

  @EJB EkeyCaStore store;

  @Inject
  @ConfigProperty(name = "autogov.ekey.ca.keystore")
  Optional<String> keystorePath;

  @Inject
  @ConfigProperty(name = "autogov.ekey.ca.password")
  Optional<String> keystorePassword;

  @Inject
  @ConfigProperty(name = "autogov.ekey.certificate.validity-days", defaultValue = "730")
  int validityDays;

  @Inject
  @ConfigProperty(name = "autogov.ekey.crl.next-update-hours", defaultValue = "24")
  int crlNextUpdateHours;

  private volatile Authority authority;

  /** The issuing CA; refused ({@code ekey.ca-missing}) in production without a keystore. */
  public Authority authority() {
    Authority a = authority;
    if (a == null) {
      synchronized (this) {
        if (authority == null) {
          authority = load();
        }
        a = authority;
      }
    }
    return a;
  }

  public Duration validity() {
    return Duration.ofDays(validityDays);
  }

  public Duration crlNextUpdate() {
    return Duration.ofHours(crlNextUpdateHours);
  }

  private Authority load() {
    if (keystorePath.filter(p -> !p.isBlank()).isPresent()) {
      char[] password = keystorePassword.orElse("").toCharArray();
      try (InputStream in = Files.newInputStream(Path.of(keystorePath.get().strip()))) {
        return fromKeystore(in, password);
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalStateException(
            "the e-key CA keystore " + keystorePath.get() + " could not be read", e);
      }
    }
    if (settings.mode() == PlatformSettings.Mode.PRODUCTION) {
      throw new RefusedException("ekey.ca-missing");
    }
    return developmentCa();
  }

  private Authority developmentCa() {
    Object[] stored = store.read();
    if (stored == null) {
      String password = randomPassword();
      try {
        store.store(generate(password.toCharArray()), password);
        LOG.info("E-key CA generated for this development installation (kept in its database)");
      } catch (RuntimeException raced) {
        LOG.info("E-key CA: another member stored one first; using it");
      }
      stored = store.read();
    }
    try {
      return fromKeystore(
          new ByteArrayInputStream((byte[]) stored[0]), ((String) stored[1]).toCharArray());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the stored e-key CA could not be read", e);
    }
  }

  static Authority fromKeystore(InputStream in, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(in, password);
    for (String alias : Collections.list(ks.aliases())) {
      Certificate[] chain = ks.getCertificateChain(alias);
      if (ks.isKeyEntry(alias) && chain != null && chain.length >= 2) {
        return new Authority(
            (PrivateKey) ks.getKey(alias, password),
            (X509Certificate) chain[0],
            (X509Certificate) chain[chain.length - 1]);
      }
    }
    throw new GeneralSecurityException(
        "no key entry with its chain up to a root (issuing CA, root) in the keystore");
  }

  /** A root (20 years) and an issuing CA under it (10 years), as a PKCS#12 keystore. */
  static byte[] generate(char[] password) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair rootKeys = g.generateKeyPair();
      KeyPair issuingKeys = g.generateKeyPair();
      Instant now = Instant.now();
      X500Name rootName = new X500Name("C=CN,O=AutoGov,CN=AutoGov E-key Root CA");
      X500Name issuingName = new X500Name("C=CN,O=AutoGov,CN=AutoGov E-key Issuing CA");
      var utils = new JcaX509ExtensionUtils();
      var rootB =
          new JcaX509v3CertificateBuilder(
              rootName,
              CertificateProfile.newSerial(),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(365L * 20))),
              rootName,
              rootKeys.getPublic());
      rootB.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      rootB.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      rootB.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          utils.createSubjectKeyIdentifier(rootKeys.getPublic()));
      X509Certificate root = sign(rootB, rootKeys.getPrivate());
      var issuingB =
          new JcaX509v3CertificateBuilder(
              root,
              CertificateProfile.newSerial(),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(365L * 10))),
              issuingName,
              issuingKeys.getPublic());
      issuingB.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      issuingB.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      issuingB.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          utils.createSubjectKeyIdentifier(issuingKeys.getPublic()));
      issuingB.addExtension(
          Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(root));
      X509Certificate issuing = sign(issuingB, rootKeys.getPrivate());
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry(
          "issuing", issuingKeys.getPrivate(), password, new Certificate[] {issuing, root});
      ks.setKeyEntry("root", rootKeys.getPrivate(), password, new Certificate[] {root});
      var out = new ByteArrayOutputStream();
      ks.store(out, password);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("the development e-key CA could not be generated", e);
    }
  }

  private static X509Certificate sign(JcaX509v3CertificateBuilder b, PrivateKey key)
      throws Exception {
    return new JcaX509CertificateConverter()
        .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
  }

  private static String randomPassword() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** A serial as the platform writes it: lower-case hex. */
  public static String hex(BigInteger serial) {
    return serial.toString(16);
  }
}
