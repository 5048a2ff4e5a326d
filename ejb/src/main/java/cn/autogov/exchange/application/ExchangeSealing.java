package cn.autogov.exchange.application;

import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals the message log with the platform's signature on a schedule ({@code
 * AUTOGOV_JOBS_EXCHANGE_SEAL_CRON}, default every five minutes). Every member may run it: a seal
 * takes the log's head lock and does nothing when the end is sealed already.
 */
@Singleton
@Startup
public class ExchangeSealing {

  private static final Logger LOG = Logger.getLogger(ExchangeSealing.class.getName());

  @EJB ExchangeLog log;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "autogov.jobs.exchange-seal.cron", defaultValue = "*/5 * * * *")
  String cron;

  private ScheduledFuture<?> schedule;

  @PostConstruct
  void start() {
    schedule = scheduler.schedule(this::fire, new CronTrigger(cron, BusinessTime.zone()));
  }

  @PreDestroy
  void stop() {
    schedule.cancel(false);
  }

  void fire() {
    try {
      long sealed = log.seal();
      if (sealed > 0) {
        LOG.fine(() -> "exchange log sealed up to " + sealed);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "exchange log seal failed", e);
    }
  }
}
