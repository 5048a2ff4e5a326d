package cn.autogov.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.audit.domain.ChainCheck;
import java.lang.reflect.Field;
import java.security.Signature;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The message log's hash chain and seals: a changed response, a removed or reordered entry shows in
 * the check; a seal verifies with the platform's public key and not once its text changed.
 */
class ExchangeLogChainTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 23, 9, 0);

  private static LoggedCall call(String response, String messageId) {
    return new LoggedCall(
        "customs-a",
        Channel.SOAP,
        "customs.verify",
        messageId,
        null,
        LoggedCall.OK,
        12,
        "127.0.0.1",
        "<request/>",
        response,
        true);
  }

  private static List<ExchangeMessage> chain(int n) {
    var head = new ExchangeLogHead();
    var all = new ArrayList<ExchangeMessage>();
    for (int i = 0; i < n; i++) {
      all.add(
          head.append(call("<valid>" + (i % 2 == 0) + "</valid>", "m-" + i), T0.plusSeconds(i)));
    }
    return all;
  }

  private static ChainCheck.Result check(List<ExchangeMessage> entries) {
    ChainCheck c = new ChainCheck();
    for (ExchangeMessage m : entries) {
      if (!c.next(m)) {
        break;
      }
    }
    ExchangeMessage last = entries.get(entries.size() - 1);
    return c.end(last.getSeq(), last.getHash());
  }

  @Test
  void shouldLinkEveryCallToTheOneBefore() {
    var entries = chain(5);
    assertTrue(check(entries).intact());
    assertEquals(5, check(entries).checked());
    assertEquals(entries.get(0).getHash(), entries.get(1).getPrevHash());
    assertEquals("customs-a|m-3", entries.get(3).getIdempotencyKey());
  }

  @Test
  void shouldShowAChangedResponseAndARemovedCall() throws Exception {
    var entries = chain(5);
    Field response = ExchangeMessage.class.getDeclaredField("response");
    response.setAccessible(true);
    response.set(entries.get(2), "<valid>false</valid>"); // it said true
    var altered = check(entries);
    assertFalse(altered.intact());
    assertEquals(3, altered.brokenAt());
    assertEquals("altered", altered.problem());

    var gap = new ArrayList<>(chain(5));
    gap.remove(1);
    assertEquals("missing", check(gap).problem());
  }

  @Test
  void shouldRememberOnlyWhatTheCallerMayNotCure() {
    var head = new ExchangeLogHead();
    var refused =
        head.append(
            new LoggedCall(
                "customs-a",
                Channel.REST,
                "customs.get",
                "m-1",
                null,
                "RATE_LIMITED",
                0,
                null,
                "GET",
                "429",
                false),
            T0);
    assertNull(refused.getIdempotencyKey());
    var anonymous =
        head.append(
            new LoggedCall(
                null, Channel.SOAP, "-", null, null, "INVALID_REQUEST", 0, null, "x", "y", false),
            T0);
    assertEquals("anonymous", anonymous.getClientId());
  }

  @Test
  void shouldSealTheEndWithAVerifiableSignature() throws Exception {
    var key = PlatformKey.generate(T0);
    var end = chain(3).get(2);
    ExchangeSeal seal =
        ExchangeSeal.of(
            end.getSeq(),
            end.getHash(),
            T0,
            PlatformKey.keyId(key.publicKey()),
            PlatformKey.ALGORITHM,
            text -> {
              try {
                Signature s = Signature.getInstance(PlatformKey.ALGORITHM);
                s.initSign(key.privateKey());
                s.update(text);
                return Base64.getEncoder().encodeToString(s.sign());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    Signature v = Signature.getInstance(seal.getAlgorithm());
    v.initVerify(key.publicKey());
    v.update(seal.signedText());
    assertTrue(v.verify(Base64.getDecoder().decode(seal.getSignature())));
    v.initVerify(key.publicKey());
    v.update(ExchangeSeal.signedText(seal.getSeq(), "0".repeat(64), seal.getSealedAt()));
    assertFalse(v.verify(Base64.getDecoder().decode(seal.getSignature())), "another end");
    assertEquals(16, seal.getKeyId().length());
    assertNotEquals(
        PlatformKey.keyId(key.publicKey()),
        PlatformKey.keyId(PlatformKey.generate(T0).publicKey()));
  }
}
