package cn.autogov.web.identity;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.enterprise.EnterpriseType;
import cn.autogov.identity.enterprise.LegalPersonType;
import cn.autogov.identity.realname.LegalPersonForm;
import cn.autogov.identity.realname.NaturalPersonForm;
import cn.autogov.identity.realname.RealNameService;
import cn.autogov.identity.realname.RealNameView;
import cn.autogov.web.platform.JsonBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Real-name verification (the applicant's side) and the manual review queue (administrators). */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class RealNameResource {

  @Inject RealNameService realName;

  /** 法人认证 in JSON; scans as base64. */
  public record LegalPerson(
      EnterpriseType enterpriseType,
      String creditCode,
      String organisationName,
      LegalPersonType legalPersonType,
      String legalRepresentative,
      IdType idType,
      String idNumber,
      String address,
      ApiFile idScan,
      ApiFile licenceScan) {}

  /** 自然人认证 in JSON. */
  public record NaturalPerson(
      String name,
      IdType idType,
      String idNumber,
      String address,
      LocalDate validFrom,
      LocalDate validUntil,
      boolean permanent,
      ApiFile idScan) {}

  /** A reviewer's reason. */
  public record Remark(String remark) {}

  @JsonBodies.Limit(4 * 1024 * 1024) // two scans in base64
  @POST
  @Path("me/real-name/legal-person")
  @RolesAllowed(REGISTERED)
  @Operation(summary = "Submit legal-person real-name verification")
  public Response legalPerson(LegalPerson f) {
    return Response.status(201)
        .entity(
            realName.submitLegalPerson(
                new LegalPersonForm(
                    f.enterpriseType(),
                    f.creditCode(),
                    f.organisationName(),
                    f.legalPersonType(),
                    f.legalRepresentative(),
                    f.idType(),
                    f.idNumber(),
                    f.address(),
                    ApiFile.upload("idScan", f.idScan()),
                    ApiFile.upload("licenceScan", f.licenceScan()))))
        .build();
  }

  @JsonBodies.Limit(4 * 1024 * 1024) // a scan in base64
  @POST
  @Path("me/real-name/natural-person")
  @RolesAllowed(REGISTERED)
  @Operation(summary = "Submit natural-person real-name verification")
  public Response naturalPerson(NaturalPerson f) {
    return Response.status(201)
        .entity(
            realName.submitNaturalPerson(
                new NaturalPersonForm(
                    f.name(),
                    f.idType(),
                    f.idNumber(),
                    f.address(),
                    f.validFrom(),
                    f.validUntil(),
                    f.permanent(),
                    ApiFile.upload("idScan", f.idScan()))))
        .build();
  }

  @GET
  @Path("me/real-name")
  @RolesAllowed({REGISTERED, AGENT, ENTERPRISE})
  @Operation(summary = "The caller's real-name applications, newest first")
  public List<RealNameView> mine() {
    return realName.mine();
  }

  @GET
  @Path("admin/real-name-applications")
  @RolesAllowed(ADMIN)
  @Operation(summary = "Applications waiting for manual review")
  public List<RealNameView> queue() {
    return realName.queue();
  }

  @POST
  @Path("admin/real-name-applications/{id}/approve")
  @RolesAllowed(ADMIN)
  @Operation(summary = "Approve a real-name application")
  public RealNameView approve(@PathParam("id") Long id) {
    return realName.approve(id);
  }

  @POST
  @Path("admin/real-name-applications/{id}/reject")
  @RolesAllowed(ADMIN)
  @Operation(summary = "Reject a real-name application with a reason the applicant sees")
  public RealNameView reject(@PathParam("id") Long id, Remark remark) {
    return realName.reject(id, remark == null ? null : remark.remark());
  }
}
