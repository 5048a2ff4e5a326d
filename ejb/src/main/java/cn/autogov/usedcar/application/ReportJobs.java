package cn.autogov.usedcar.application;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.platform.CronJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;

/**
 * The returns' daily job (default 08:13): on the reminder day, every business still missing the
 * period's return is told it is due. One cluster member runs it a day.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ReportJobs extends CronJob {

  static final String JOB = "usedcar-report-reminders";
  private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

  @EJB ReportReminders reminders;

  public ReportJobs() {
    super(JOB, "13 8 * * *");
  }

  @Override
  protected void run() {
    LOG.info(JOB + ": " + reminders.remindBeforeDue(BusinessTime.today()) + " reminded");
  }
}
