package cn.autogov.web.usedcar;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.usedcar.application.SalePage;
import cn.autogov.usedcar.application.SaleQuery;
import cn.autogov.usedcar.application.SaleView;
import cn.autogov.usedcar.application.UsedCarConfirmations;
import cn.autogov.usedcar.application.UsedCarSales;
import cn.autogov.web.platform.JsonBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 二手车销售情况 (seed 003 §2.4) over REST, for the enterprise the caller acts for: its standing with the
 * local commerce authority, sales recorded one by one (409 with the reason until its filing is
 * confirmed), the list paged by key.
 */
@Path("v1/used-car")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ENTERPRISE, AGENT})
@Tag(name = "Used-car circulation: sales")
public class UsedCarSaleResource {

  @Inject UsedCarSales sales;

  /** A sale's values under the field names of {@code GET /api/v1/used-car/sales/fields}. */
  public record Body(Long version, Map<String, String> values) {}

  @GET
  @Path("standing")
  @Operation(
      summary =
          "Whether the enterprise's used-car business filing is confirmed (sales, imports and"
              + " reports wait for it), and which filing to look at")
  public UsedCarConfirmations.Standing standing() {
    return sales.standing();
  }

  @GET
  @Path("sales/fields")
  @Operation(summary = "The names of a sale's values, in the order of the form and the template")
  public java.util.List<String> fields() {
    return cn.autogov.usedcar.domain.SaleEntry.FIELDS;
  }

  @JsonBodies.Limit(16 * 1024)
  @POST
  @Path("sales")
  @Operation(
      summary =
          "提交报表: record one sale. values: buyer*/seller*/agent* (Kind COMPANY or PERSON, Name,"
              + " IdNumber, Address, Mobile), hasAgent, plateNumber, registrationNumber, vin,"
              + " brandModel, vehicleClass (SEDAN, MPV, SUV, CROSSOVER, BUS, TRUCK, TRICYCLE,"
              + " LOW_SPEED_TRUCK, TRAILER, MOTORCYCLE, OTHER), transferOffice, price (yuan),"
              + " priceInWords (optional; must agree), dealingUnit, soldOn. 400 names every wrong"
              + " field; 409 until the filing is confirmed.")
  public Response record(Body b) {
    return Response.status(201).entity(sales.record(b == null ? Map.of() : b.values())).build();
  }

  @GET
  @Path("sales")
  @Operation(
      summary =
          "The list, newest first: by = ALL, BUYER, SELLER, VIN, PLATE, VEHICLE_CLASS or"
              + " ENTERED_ON with a keyword; the next page with after = the page's next")
  public SalePage list(
      @QueryParam("by") String by,
      @QueryParam("keyword") String keyword,
      @QueryParam("after") Long after,
      @QueryParam("size") int size) {
    return sales.list(new SaleQuery(by, keyword, after, size));
  }

  @GET
  @Path("sales/{id}")
  public SaleView get(@PathParam("id") Long id) {
    return sales.get(id);
  }

  @JsonBodies.Limit(16 * 1024)
  @PUT
  @Path("sales/{id}")
  @Operation(summary = "编辑: new values of a sale, with the version read")
  public SaleView correct(@PathParam("id") Long id, Body b) {
    return sales.correct(
        id, b == null || b.version() == null ? -1 : b.version(), b == null ? Map.of() : b.values());
  }

  @DELETE
  @Path("sales/{id}")
  public Response delete(@PathParam("id") Long id) {
    sales.delete(id);
    return Response.noContent().build();
  }
}
