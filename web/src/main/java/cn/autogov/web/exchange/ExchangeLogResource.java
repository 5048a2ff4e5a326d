package cn.autogov.web.exchange;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.audit.domain.ChainCheck;
import cn.autogov.exchange.application.ExchangeExport;
import cn.autogov.exchange.application.ExchangeLog;
import cn.autogov.exchange.application.ExchangePage;
import cn.autogov.exchange.application.ExchangeQuery;
import cn.autogov.exchange.application.ExchangeView;
import cn.autogov.exchange.application.PlatformSigner;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The message log of the system exchange for administrators, and the platform's public key. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed(ADMIN)
public class ExchangeLogResource {

  @Inject ExchangeLog log;

  @Inject ExchangeExport export;

  @Inject PlatformSigner signer;

  @GET
  @Path("admin/exchange-messages")
  @Operation(
      summary =
          "Search the message log (newest first): client, operation (customs.verify, ...), outcome"
              + " (OK, REPLAYED, a fault code), message id, days from/to (yyyy-MM-dd), page, size")
  public ExchangePage search(
      @QueryParam("client") String client,
      @QueryParam("operation") String operation,
      @QueryParam("outcome") String outcome,
      @QueryParam("messageId") String messageId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") int page,
      @QueryParam("size") int size) {
    return log.search(
        ExchangeQuery.ofDays(
            client,
            operation,
            outcome,
            messageId,
            Forms.date("from", from),
            Forms.date("to", to),
            page,
            size));
  }

  @GET
  @Path("admin/exchange-messages/{id}")
  @Operation(summary = "One logged call with its request and response")
  public ExchangeView message(@PathParam("id") long seq) {
    return log.message(seq).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("admin/exchange-messages/verification")
  @Operation(summary = "Walks the message log's hash chain: the first missing or altered message")
  public ChainCheck.Result verify() {
    return log.verify();
  }

  @POST
  @Path("admin/exchange-seals")
  @Operation(summary = "Seals the log's end now (the job does it every five minutes)")
  public Map<String, Long> seal() {
    return Map.of("sealedUpTo", log.seal());
  }

  @GET
  @Path("admin/exchange-bundles")
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "A bundle of messages from..to with the chain to their seal, the seal, the platform's"
              + " public key and a verifier: java VerifyBundle.java bundle.zip")
  public Response bundle(@QueryParam("from") long from, @QueryParam("to") long to) {
    if (from < 1 || to < from || to - from >= ExchangeExport.MAX) {
      throw new cn.autogov.kernel.RefusedException(
          "exchange.export-range", "max", ExchangeExport.MAX);
    }
    StreamingOutput body = out -> export.write(from, to, out);
    return Response.ok(body, "application/zip")
        .header(
            "Content-Disposition",
            "attachment; filename=\"autogov-exchange-" + from + "-" + to + ".zip\"")
        .build();
  }

  @GET
  @Path("public/exchange-key")
  @PermitAll
  @Operation(summary = "The platform's public key that signs the message log's seals")
  public Map<String, String> key() {
    return Map.of(
        "keyId",
        signer.keyId(),
        "algorithm",
        "SHA256withECDSA",
        "publicKey",
        signer.publicKeyPem());
  }
}
