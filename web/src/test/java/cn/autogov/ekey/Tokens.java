package cn.autogov.ekey;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * What an e-key token does for the tests: makes its key pair (which never leaves it) and signs a
 * PKCS#10 request with it; and OpenSSL, as a relying party would run it, to verify what the
 * platform issued.
 */
final class Tokens {

  /** 首次申领（预申请）'s six materials, as seed 004 lists them. */
  static final List<String> FIRST =
      List.of(
          "ekey-form",
          "ekey-confirmationLetter",
          "ekey-tradeRecord",
          "ekey-businessLicence",
          "ekey-authorisedId",
          "ekey-authority");

  /** 补办's five: no confirmation letter. */
  static final List<String> REISSUE =
      List.of(
          "ekey-form",
          "ekey-tradeRecord",
          "ekey-businessLicence",
          "ekey-authorisedId",
          "ekey-authority");

  private Tokens() {}

  static String request() throws Exception {
    var g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair token = g.generateKeyPair();
    var csr =
        new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=token"), token.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(token.getPrivate()));
    var out = new StringWriter();
    try (var w = new JcaPEMWriter(out)) {
      w.writeObject(csr);
    }
    return out.toString();
  }

  /** A random user name of upper-case letters, unique enough across runs on one database. */
  static String userName() {
    var r = new java.security.SecureRandom();
    var b = new StringBuilder("T");
    for (int i = 0; i < 7; i++) {
      b.append((char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }

  /** Runs openssl with these arguments in {@code dir}; its output, with the exit code first. */
  static String openssl(Path dir, String... args) throws Exception {
    var command = new java.util.ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    return p.waitFor() + " " + out;
  }

  static Path write(Path dir, String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  /** Materials chosen, the form saved complete and submitted; the answer of the failing call. */
  static java.net.http.HttpResponse<String> fill(
      cn.autogov.filing.Api who,
      long id,
      java.util.Map<String, String> values,
      List<String> slots) {
    for (String slot : slots) {
      who.expect(
          200,
          "PUT",
          "/filings/" + id + "/materials/" + slot,
          cn.autogov.filing.Api.file(slot + ".png", cn.autogov.filing.Api.PNG));
    }
    var saved =
        who.call("PUT", "/filings/" + id + "/form", cn.autogov.filing.Api.form(values, true));
    if (saved.statusCode() != 200) {
      return saved;
    }
    return who.call("POST", "/filings/" + id + "/submit", null);
  }
}
