package cn.autogov.ekey.application;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.platform.CronJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;

/**
 * The e-keys' daily job (default 08:23): the enterprises whose key's certificate expires in 30 or 7
 * days are told to renew it ({@link EkeyExpiry}). One cluster member runs it a day.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class EkeyJobs extends CronJob {

  static final String JOB = "ekey-expiry-reminders";
  private static final Logger LOG = Logger.getLogger(EkeyJobs.class.getName());

  @EJB EkeyExpiry expiry;

  public EkeyJobs() {
    super(JOB, "23 8 * * *");
  }

  @Override
  protected void run() {
    LOG.info(JOB + ": " + expiry.remind(BusinessTime.today()) + " reminded");
  }
}
