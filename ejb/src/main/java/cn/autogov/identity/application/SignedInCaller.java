package cn.autogov.identity.application;

import cn.autogov.access.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The shared areas' {@link CurrentCaller}: the account {@link Actors} finds for the caller. */
@ApplicationScoped
public class SignedInCaller implements CurrentCaller {

  @EJB Actors actors;

  @Override
  public Long accountId() {
    return actors.account().getId();
  }
}
