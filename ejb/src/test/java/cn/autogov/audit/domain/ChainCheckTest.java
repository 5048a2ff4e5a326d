package cn.autogov.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainCheckTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 30, 0, 123_456_789);

  private static List<AuditEntry> chain(int n) {
    List<AuditEntry> entries = new ArrayList<>();
    long seq = 0;
    String hash = AuditEntry.GENESIS;
    for (int i = 0; i < n; i++) {
      var e =
          AuditEntry.append(
              seq,
              hash,
              new AuditEvent(
                  "li", 7L, "filing.approved", "EX-2026-00000" + i, "10.0.0.1", null, "APPROVED"),
              NOW.plusSeconds(i));
      entries.add(e);
      seq = e.getSeq();
      hash = e.getHash();
    }
    return entries;
  }

  private static ChainCheck.Result check(List<AuditEntry> entries, long headSeq, String headHash) {
    var c = new ChainCheck();
    for (AuditEntry e : entries) {
      if (!c.next(e)) {
        break;
      }
    }
    return c.end(headSeq, headHash);
  }

  private static void set(AuditEntry e, String field, Object value) throws Exception {
    Field f = AuditEntry.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(e, value);
  }

  @Test
  void shouldFindAnIntactChainIntact() {
    var entries = chain(5);
    var r = check(entries, 5, entries.get(4).getHash());
    assertTrue(r.intact(), r.toString());
    assertEquals(5, r.checked());
    assertEquals(NOW.withNano(123_000_000), entries.get(0).getRecordedAt(), "milliseconds kept");
  }

  @Test
  void shouldFindAnEditedEntry() throws Exception {
    var entries = chain(5);
    set(entries.get(2), "after", "REJECTED");
    var r = check(entries, 5, entries.get(4).getHash());
    assertEquals("altered", r.problem());
    assertEquals(3, r.brokenAt());
  }

  @Test
  void shouldFindADeletedEntryAndDeletedLastEntries() {
    var entries = chain(5);
    var gap = new ArrayList<>(entries);
    gap.remove(1);
    assertEquals(new ChainCheck.Result(2, 2, "missing"), check(gap, 5, entries.get(4).getHash()));
    var tail = entries.subList(0, 3);
    assertEquals(
        new ChainCheck.Result(3, 4, "missing"),
        check(tail, 5, entries.get(4).getHash()),
        "head says 5");
  }

  @Test
  void shouldFindAnEntryRewrittenWithAFreshHashByItsBrokenLink() throws Exception {
    var entries = chain(5);
    set(entries.get(2), "after", "REJECTED");
    set(entries.get(2), "hash", entries.get(2).computeHash());
    var r = check(entries, 5, entries.get(4).getHash());
    assertEquals("unlinked", r.problem(), "the next entry still points at the old hash");
    assertEquals(4, r.brokenAt());
  }
}
