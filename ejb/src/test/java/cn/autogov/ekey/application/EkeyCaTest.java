package cn.autogov.ekey.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

/** The development CA: a root and an issuing CA under it, in a PKCS#12 keystore. */
class EkeyCaTest {

  @Test
  void shouldGenerateAnIssuingCaSignedByItsRoot() throws Exception {
    char[] password = "a generated one".toCharArray();
    var a = EkeyCa.fromKeystore(new ByteArrayInputStream(EkeyCa.generate(password)), password);
    a.issuing().verify(a.root().getPublicKey());
    a.root().verify(a.root().getPublicKey());
    assertEquals(0, a.issuing().getBasicConstraints(), "a CA, issuing end entities only");
    assertTrue(a.issuing().getKeyUsage()[5] && a.issuing().getKeyUsage()[6], "certs and CRLs");
    assertNotEquals(a.issuing().getSubjectX500Principal(), a.root().getSubjectX500Principal());
  }

  @Test
  void shouldRefuseTheKeystoreWithAnotherPassword() {
    byte[] ks = EkeyCa.generate("right".toCharArray());
    assertThrows(
        Exception.class,
        () -> EkeyCa.fromKeystore(new ByteArrayInputStream(ks), "wrong".toCharArray()));
  }

  @Test
  void shouldRefuseAKeystoreWithoutAChain() {
    assertThrows(
        GeneralSecurityException.class,
        () -> {
          var ks = java.security.KeyStore.getInstance("PKCS12");
          ks.load(null, null);
          var out = new java.io.ByteArrayOutputStream();
          ks.store(out, "x".toCharArray());
          EkeyCa.fromKeystore(new ByteArrayInputStream(out.toByteArray()), "x".toCharArray());
        });
  }
}
