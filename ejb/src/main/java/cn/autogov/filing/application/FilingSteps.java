package cn.autogov.filing.application;

import cn.autogov.access.Actor;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * Publishes the steps filings took in a call, one {@link FilingStepped} each, in the order taken.
 * What follows from a step is an observer's business, never the caller's.
 */
@ApplicationScoped
public class FilingSteps {

  @Inject Event<FilingStepped> stepped;

  /** The steps {@code filings} took in this call, by {@code actor} (null: the platform's jobs). */
  public void publish(Actor actor, Filing... filings) {
    publish(actor, Arrays.asList(filings));
  }

  public void publish(Actor actor, List<Filing> filings) {
    for (Filing f : filings) {
      for (FilingEvent step : f.takeNewSteps()) {
        stepped.fire(new FilingStepped(f, step, actor));
      }
    }
  }
}
