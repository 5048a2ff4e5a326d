package cn.autogov.exchange.application;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.exchange.domain.ExchangeMessage;
import cn.autogov.exchange.domain.ExchangeSeal;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A bundle that proves what was exchanged, verifiable offline with a JDK alone: the messages {@code
 * from}..{@code to} (at most {@link #MAX}) and the chain on to the seal that covers them (sealing
 * now when none does yet; streamed, however long), the seal, the platform's public key, each
 * message's request and response as files, and {@code VerifyBundle.java} ({@code java
 * VerifyBundle.java bundle.zip}).
 */
@Stateless
@RolesAllowed(ADMIN)
public class ExchangeExport {

  /** At most this many messages in one bundle. */
  public static final int MAX = 10_000;

  @EJB ExchangeLog log;

  @EJB PlatformSigner signer;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void write(long from, long to, OutputStream out) {
    if (from < 1 || from > to || to - from >= MAX) {
      throw new RefusedException("exchange.export-range", "max", MAX);
    }
    ExchangeSeal seal = log.sealCovering(to).orElse(null);
    if (seal == null) {
      log.seal();
      seal = log.sealCovering(to).orElseThrow(RefusedException::notFound);
    }
    try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry("messages.tsv"));
      zip.write(
          ("seq\trecordedAt\tclientId\tchannel\toperation\tmessageId\treplayOf\toutcome\tdurationMs"
                  + "\torigin\trequest\tresponse\tprevHash\thash\n")
              .getBytes(StandardCharsets.UTF_8));
      for (long next = from; next <= seal.getSeq(); ) {
        List<ExchangeMessage> batch = log.range(next, seal.getSeq(), 500);
        if (batch.isEmpty()) {
          break;
        }
        for (ExchangeMessage m : batch) {
          zip.write(line(m).getBytes(StandardCharsets.UTF_8));
          next = m.getSeq() + 1;
        }
      }
      for (long next = from; next <= Math.min(to, seal.getSeq()); ) {
        List<ExchangeMessage> batch = log.range(next, to, 500);
        if (batch.isEmpty()) {
          break;
        }
        for (ExchangeMessage m : batch) {
          text(zip, "messages/" + m.getSeq() + "-request.txt", m.getRequest());
          text(zip, "messages/" + m.getSeq() + "-response.txt", m.getResponse());
          next = m.getSeq() + 1;
        }
      }
      text(
          zip,
          "seal.properties",
          "seq="
              + seal.getSeq()
              + "\nhash="
              + seal.getHash()
              + "\nsealedAt="
              + seal.getSealedAt()
              + "\nkeyId="
              + seal.getKeyId()
              + "\nalgorithm="
              + seal.getAlgorithm()
              + "\nsignature="
              + seal.getSignature()
              + "\n");
      text(zip, "platform-public-key.pem", signer.publicKeyPem());
      try (InputStream v =
          getClass().getResourceAsStream("/cn/autogov/exchange/VerifyBundle.java")) {
        zip.putNextEntry(new ZipEntry("VerifyBundle.java"));
        v.transferTo(zip);
      }
      text(
          zip,
          "README.txt",
          "AutoGov message log, messages "
              + from
              + ".."
              + to
              + " (chain to the seal at "
              + seal.getSeq()
              + ").\nVerify offline: java VerifyBundle.java <this zip>\n"
              + "The key id must match the one AutoGov publishes at /api/v1/public/exchange-key.\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(ExchangeMessage m) {
    return String.join(
            "\t",
            b64(Long.toString(m.getSeq())),
            b64(m.getRecordedAt().toString()),
            b64(m.getClientId()),
            b64(m.getChannel().name()),
            b64(m.getOperation()),
            b64(m.getMessageId()),
            b64(m.getReplayOf() == null ? null : m.getReplayOf().toString()),
            b64(m.getOutcome()),
            b64(Integer.toString(m.getDurationMs())),
            b64(m.getOrigin()),
            b64(m.getRequest()),
            b64(m.getResponse()),
            b64(m.getPrevHash()),
            b64(m.getHash()))
        + "\n";
  }

  private static String b64(String s) {
    return s == null ? "-" : Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void text(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
  }
}
