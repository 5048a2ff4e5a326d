package cn.autogov.ws.exchange;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.InjectionTarget;

/**
 * Metro on Payara Micro creates endpoint instances itself, so their {@code @Inject}/{@code @EJB}
 * fields stay null. Endpoints call {@link #inject} from {@code @PostConstruct}: CDI non-contextual
 * injection fills them (Weld resolves {@code @EJB} too). On Payara Server the container has
 * injected already; injecting again is harmless.
 */
public final class EndpointInjection {

  private EndpointInjection() {}

  @SuppressWarnings("unchecked")
  public static <T> void inject(T endpoint) {
    BeanManager bm = CDI.current().getBeanManager();
    Class<T> type = (Class<T>) endpoint.getClass();
    InjectionTarget<T> target =
        bm.getInjectionTargetFactory(bm.createAnnotatedType(type)).createInjectionTarget(null);
    CreationalContext<T> ctx = bm.createCreationalContext(null);
    target.inject(endpoint, ctx);
  }
}
