package cn.autogov.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/** Self-signed certificates made with the JDK's keytool, standing in for e-key certificates. */
final class TestCertificates {

  private TestCertificates() {}

  /**
   * @param startDate keytool's -startdate, e.g. "-10d" for one that began ten days ago
   */
  static X509Certificate generate(String cn, String startDate, int validityDays) throws Exception {
    Path dir = Files.createTempDirectory("autogov-cert");
    Path store = dir.resolve("k.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    run(
        List.of(
            keytool,
            "-genkeypair",
            "-alias",
            "k",
            "-keyalg",
            "EC",
            "-groupname",
            "secp256r1",
            "-dname",
            "CN=" + cn + ",O=AutoGov Test",
            "-startdate",
            startDate,
            "-validity",
            String.valueOf(validityDays),
            "-keystore",
            store.toString(),
            "-storetype",
            "PKCS12",
            "-storepass",
            "test-only-store"));
    Path pem = dir.resolve("k.pem");
    run(
        List.of(
            keytool,
            "-exportcert",
            "-rfc",
            "-alias",
            "k",
            "-keystore",
            store.toString(),
            "-storepass",
            "test-only-store",
            "-file",
            pem.toString()));
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException(command.get(1) + " failed: " + out);
    }
  }
}
