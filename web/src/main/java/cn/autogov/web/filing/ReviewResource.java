package cn.autogov.web.filing;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingView;
import cn.autogov.filing.application.QueuePage;
import cn.autogov.filing.application.QueueQuery;
import cn.autogov.filing.application.ReviewService;
import cn.autogov.filing.domain.Decision;
import cn.autogov.kernel.InputRejectedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reviewers' workbench over REST: queue, to-do, done, claim, assign, decide, templates; for the
 * reviewing organisations, for administrators (人工实名认证), and for legal persons (经办人审核, 撤销). Remark
 * templates: {@link RemarkTemplateResource}.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
  CERTIFICATION_CENTRE,
  COMMERCE_AUTHORITY,
  ISSUING_AUTHORITY,
  EKEY_PROVIDER,
  ADMIN,
  ENTERPRISE
})
public class ReviewResource {

  @Inject ReviewService review;

  /** A decision: APPROVE, REJECT or RETURN, the remark, and the version the reviewer saw. */
  public record DecisionRequest(String decision, String remark, Long version) {}

  /**
   * A fulfilment step after 审核通过, by its code, with its datum (a tracking number) if it has one.
   */
  public record FulfilmentRequest(String step, String datum) {}

  public record Assignment(String assignee) {}

  /** 撤销: the reason, optional. */
  public record Revocation(String remark) {}

  @GET
  @Path("review/filings")
  @Operation(
      summary =
          "The caller's queue: filters, order (due|submitted), page from 1; the next page by"
              + " after=<the page's next>, the one before by before=<its previous> (a seek, as fast"
              + " deep in the queue as at its start)")
  public QueuePage queue(
      @QueryParam("type") String type,
      @QueryParam("applicant") String applicant,
      @QueryParam("submittedFrom") String from,
      @QueryParam("submittedTo") String to,
      @QueryParam("dueBy") String dueBy,
      @QueryParam("overdue") boolean overdue,
      @QueryParam("mine") boolean mine,
      @QueryParam("sort") String sort,
      @QueryParam("page") int page,
      @QueryParam("size") int size,
      @QueryParam("after") String after,
      @QueryParam("before") String before) {
    return review.queue(
        new QueueQuery(
            type,
            applicant,
            date("submittedFrom", from),
            date("submittedTo", to),
            date("dueBy", dueBy),
            overdue,
            mine,
            sort,
            page,
            size,
            after,
            before));
  }

  @GET
  @Path("review/filings/done")
  @Operation(summary = "Filings the caller decided on, newest first")
  public QueuePage done(@QueryParam("page") int page, @QueryParam("size") int size) {
    return review.done(page, size);
  }

  @POST
  @Path("review/filings/{id}/claim")
  @Operation(summary = "Take a filing from the queue")
  public FilingView claim(@PathParam("id") Long id) {
    return review.claim(id);
  }

  @POST
  @Path("review/filings/{id}/release")
  @Operation(summary = "Put a filing back in the queue")
  public FilingView release(@PathParam("id") Long id) {
    return review.release(id);
  }

  @GET
  @Path("review/filings/{id}/colleagues")
  @Operation(summary = "Who a filing may be assigned to")
  public List<String> colleagues(@PathParam("id") Long id) {
    return review.colleagues(id);
  }

  @POST
  @Path("review/filings/{id}/assign")
  @Operation(summary = "Hand a filing to a colleague")
  public FilingView assign(@PathParam("id") Long id, Assignment a) {
    return review.assign(id, a == null ? null : a.assignee());
  }

  @POST
  @Path("review/filings/{id}/decisions")
  @Operation(summary = "Decide the current stage: APPROVE, REJECT or RETURN (with a remark)")
  public FilingDetail decide(@PathParam("id") Long id, DecisionRequest d) {
    Decision decision = null;
    if (d != null && d.decision() != null) {
      try {
        decision = Decision.valueOf(d.decision());
      } catch (IllegalArgumentException e) {
        throw InputRejectedException.of("decision", "input.not-an-option");
      }
    }
    return review.decide(
        id, d == null ? null : d.version(), decision, d == null ? null : d.remark());
  }

  @POST
  @Path("review/filings/{id}/revocation")
  @Operation(
      summary = "Revoke an approved filing its type lets the last stage's decider revoke (无效)")
  public FilingDetail revoke(@PathParam("id") Long id, Revocation r) {
    return review.revoke(id, r == null ? null : r.remark());
  }

  @POST
  @Path("review/filings/{id}/fulfilment")
  @Operation(
      summary =
          "Record the next fulfilment step after approval (制作完成, 已寄出 with its tracking number, …)")
  public FilingDetail fulfil(@PathParam("id") Long id, FulfilmentRequest r) {
    return review.fulfil(id, r == null ? null : r.step(), r == null ? null : r.datum());
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw InputRejectedException.of(field, "input.not-a-date");
    }
  }
}
