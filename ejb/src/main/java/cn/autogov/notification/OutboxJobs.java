package cn.autogov.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Retries: every few seconds (AUTOGOV_OUTBOX_RETRY_SECONDS, default 10) each member delivers what
 * is due, e.g. what a provider refused earlier or what a stopped member left claimed. Claims keep
 * members from sending the same message.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxJobs {

  private static final Logger LOG = Logger.getLogger(OutboxJobs.class.getName());

  @EJB OutboxDispatcher dispatcher;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "autogov.outbox.retry-seconds", defaultValue = "10")
  int seconds;

  private ScheduledFuture<?> schedule;

  @PostConstruct
  void start() {
    int every = Math.max(1, seconds);
    schedule = scheduler.scheduleWithFixedDelay(this::fire, every, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    schedule.cancel(false);
  }

  void fire() {
    try {
      int n = dispatcher.dispatch();
      if (n > 0) {
        LOG.info(() -> "outbox: " + n + " delivered on retry");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox retry failed; next time", e);
    }
  }
}
