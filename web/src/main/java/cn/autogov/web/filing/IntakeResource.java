package cn.autogov.web.filing;

import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.filing.application.FilingView;
import cn.autogov.filing.application.IntakeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Paper applications (线下申请) entered by the reviewing organisations' staff, over REST. */
@Path("v1/review/intake")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({CERTIFICATION_CENTRE, COMMERCE_AUTHORITY, ISSUING_AUTHORITY, EKEY_PROVIDER})
public class IntakeResource {

  /** A paper application to enter: its type and the enterprise's credit code. */
  public record Intake(String type, String creditCode) {}

  @Inject IntakeService intake;

  @POST
  @Operation(summary = "Enter a paper application (线下申请) for an enterprise, where the type allows")
  public Response intake(Intake i) {
    return Response.status(201)
        .entity(intake.startOffline(i == null ? null : i.type(), i == null ? null : i.creditCode()))
        .build();
  }

  @GET
  @Operation(summary = "The paper applications the caller entered")
  public List<FilingView> intakes() {
    return intake.enteredByMe();
  }
}
