package cn.autogov.web.kernel;

import cn.autogov.calendar.CalendarYearMissingException;
import cn.autogov.calendar.WorkingDays;
import cn.autogov.kernel.DomainText;
import cn.autogov.web.platform.ApiLanguage;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GET /api/v1/working-days?from=2025-09-30&amp;days=2: the deadline that many working days after a
 * date.
 */
@Path("v1/working-days")
@RequestScoped
@PermitAll
public class WorkingDaysResource {

  @Inject WorkingDays workingDays;

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(
      summary = "N working days after a date",
      description =
          "The starting day is not counted. 422 when the date range reaches a year whose holidays are not entered.")
  public Response deadline(
      @QueryParam("from") String from,
      @QueryParam("days") int days,
      @jakarta.ws.rs.core.Context HttpHeaders headers) {
    Locale locale = ApiLanguage.of(headers);
    try {
      LocalDate start = LocalDate.parse(from == null ? "" : from);
      if (days < 1 || days > 365) {
        return Response.status(400).entity(Map.of("message", "days: 1-365")).build();
      }
      return Response.ok(
              Map.of(
                  "from", start.toString(),
                  "days", days,
                  "deadline", workingDays.addWorkingDays(start, days).toString()))
          .build();
    } catch (DateTimeParseException e) {
      return Response.status(400).entity(Map.of("message", "from: yyyy-MM-dd")).build();
    } catch (CalendarYearMissingException e) {
      return Response.status(422)
          .entity(
              Map.of(
                  "message",
                  DomainText.render(
                      locale, CalendarYearMissingException.KEY, Map.of("year", e.year()))))
          .build();
    }
  }
}
