package cn.autogov.identity.application;

import cn.autogov.identity.domain.LoginOutcome;
import cn.autogov.identity.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Wrong passwords for names no account has, counted as an account counts them (five, then "locked"
 * for fifteen minutes): the answers for a made-up name and a real one are the same, so the lock
 * cannot be used to find out which names exist. Kept in memory per member, for the most recent
 * names only (a bounded map: a flood of made-up names cannot fill the heap).
 */
@ApplicationScoped
public class UnknownLogins {

  private static final int REMEMBERED = 10_000;

  private record Tries(int failures, LocalDateTime lockedUntil) {}

  private final Map<String, Tries> tries =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tries> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** The outcome of a wrong password for the name, as an account would give it. */
  public synchronized LoginOutcome refuse(String identifier, LocalDateTime now) {
    String key = identifier == null ? "" : identifier.strip().toLowerCase(Locale.ROOT);
    Tries t = tries.get(key);
    if (t != null && t.lockedUntil() != null && now.isBefore(t.lockedUntil())) {
      return LoginOutcome.LOCKED;
    }
    int failures = (t == null || t.lockedUntil() != null ? 0 : t.failures()) + 1;
    if (failures >= UserAccount.MAX_FAILED_LOGINS) {
      tries.put(key, new Tries(0, now.plus(UserAccount.LOCK_TIME)));
      return LoginOutcome.LOCKED;
    }
    tries.put(key, new Tries(failures, null));
    return LoginOutcome.WRONG_CREDENTIALS;
  }
}
