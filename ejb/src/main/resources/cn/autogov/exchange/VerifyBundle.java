// AutoGov message-log bundle verifier. Needs only a JDK (11 or newer):  java VerifyBundle.java bundle.zip
// It recomputes every message's hash from its content (SHA-256 of both messages included), checks that each links to
// the one before, that the last one is the sealed end, and that the seal's signature is the platform's (the public
// key in the bundle; compare its key id with the one AutoGov publishes at /api/v1/public/exchange-key).
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.security.*;
import java.security.spec.X509EncodedKeySpec;
import java.util.*;
import java.util.zip.*;

public class VerifyBundle {
  public static void main(String[] args) throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    try (var zip = new ZipInputStream(new FileInputStream(args[0]))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) files.put(e.getName(), zip.readAllBytes());
    }
    Properties seal = new Properties();
    seal.load(new StringReader(new String(files.get("seal.properties"), StandardCharsets.UTF_8)));
    String[] lines = new String(files.get("messages.tsv"), StandardCharsets.UTF_8).split("\n");
    String prev = null;
    long seq = 0;
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split("\t", -1);
      String[] v = new String[f.length];
      for (int j = 0; j < f.length; j++) v[j] = f[j].equals("-") ? null : new String(Base64.getDecoder().decode(f[j]), StandardCharsets.UTF_8);
      seq = Long.parseLong(v[0]);
      String prevHash = v[12], hash = v[13];
      if (prev != null && !prev.equals(prevHash)) fail("message " + seq + " does not link to the one before");
      String content = String.join("\u001f", v[0], v[1], v[2], v[3], v[4], String.valueOf(v[5]), String.valueOf(v[6]),
          v[7], v[8], String.valueOf(v[9]), sha(String.valueOf(v[10])), sha(String.valueOf(v[11])), prevHash);
      if (!sha(content).equals(hash)) fail("message " + seq + " was altered (its hash does not match its content)");
      prev = hash;
    }
    if (seq != Long.parseLong(seal.getProperty("seq")) || !seal.getProperty("hash").equals(prev))
      fail("the messages do not end at the sealed message " + seal.getProperty("seq"));
    String pem = new String(files.get("platform-public-key.pem"), StandardCharsets.US_ASCII)
        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    Signature s = Signature.getInstance(seal.getProperty("algorithm"));
    s.initVerify(key);
    s.update(("autogov-exchange-seal:" + seal.getProperty("seq") + ":" + seal.getProperty("hash") + ":"
        + seal.getProperty("sealedAt")).getBytes(StandardCharsets.UTF_8));
    if (!s.verify(Base64.getDecoder().decode(seal.getProperty("signature")))) fail("the seal's signature is not the platform's");
    System.out.println("OK: " + (lines.length - 1) + " messages, sealed at " + seal.getProperty("sealedAt")
        + " by key " + seal.getProperty("keyId"));
  }

  static String sha(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  static void fail(String why) {
    System.out.println("BROKEN: " + why);
    System.exit(1);
  }
}
