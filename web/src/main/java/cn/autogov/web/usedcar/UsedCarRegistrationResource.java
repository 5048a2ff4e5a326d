package cn.autogov.web.usedcar;

import cn.autogov.usedcar.application.UsedCarRegistrations;
import cn.autogov.usedcar.domain.BusinessKind;
import cn.autogov.usedcar.domain.CarSellerKind;
import cn.autogov.usedcar.domain.UsedCarRegistration;
import cn.autogov.web.platform.JsonBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 汽车销售企业及二手车经营主体用户注册 (seed 003 §2.1.2) over REST, signed out: the SMS code comes first from {@code
 * POST /api/v1/verification-codes} to the filler's mobile.
 */
@Path("v1/used-car/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll // before sign-in: the SMS code is the proof
public class UsedCarRegistrationResource {

  @Inject UsedCarRegistrations registrations;

  @Context HttpServletRequest request;

  /** What the registration page asks. */
  public record Request(
      String enterpriseName,
      String county,
      String street,
      Boolean hasCreditCode,
      String creditCode,
      String licenceNumber,
      String orgCode,
      String taxNumber,
      String password,
      String confirmation,
      List<CarSellerKind> sellerKinds,
      List<BusinessKind> businessKinds,
      String fillerName,
      String fillerMobile,
      String smsCode) {}

  @JsonBodies.Limit(8 * 1024)
  @POST
  @Operation(
      summary =
          "Register a used-car business: name, county (6-digit division code) and street, the credit"
              + " code — or, with hasCreditCode false, the licence number, organisation code and tax"
              + " registration number —, password twice, sellerKinds (DOMESTIC_MANUFACTURER,"
              + " IMPORT_DISTRIBUTOR, RETAILER), businessKinds (MARKET, APPRAISER, DEALER, BROKER,"
              + " AUCTIONEER; at least one), the filler's name and mobile and its SMS code. 201 with"
              + " the login name (the credit code or the licence number).")
  public Response register(Request r) {
    String login =
        registrations.register(
            new UsedCarRegistration(
                r.enterpriseName(),
                r.county(),
                r.street(),
                r.hasCreditCode() == null || r.hasCreditCode(),
                r.creditCode(),
                r.licenceNumber(),
                r.orgCode(),
                r.taxNumber(),
                r.password(),
                r.confirmation(),
                present(r.sellerKinds()),
                present(r.businessKinds()),
                r.fillerName(),
                r.fillerMobile(),
                r.smsCode()),
            request.getRemoteAddr());
    return Response.status(201).entity(Map.of("loginName", login)).build();
  }

  private static <E> Set<E> present(List<E> given) {
    return given == null
        ? Set.of()
        : given.stream()
            .filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.toSet());
  }
}
