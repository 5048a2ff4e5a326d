package cn.autogov.web.platform;

import cn.autogov.identity.client.ClientKind;
import cn.autogov.identity.client.ClientRight;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the OpenAPI document where the generator cannot see the contract: a system client's
 * rights are the codes of {@link ClientRight} (customs.verify, ...), its kind one of {@link
 * ClientKind}. Taken from the enums themselves, so the document never lists another spelling.
 * Registered by {@code mp.openapi.filter}.
 */
public class OpenApiEnumerations implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    Schema client = openApi.getComponents().getSchemas().get("NewClient");
    if (client == null || client.getProperties() == null) {
      return;
    }
    List<Object> rights = Arrays.stream(ClientRight.values()).map(r -> (Object) r.code()).toList();
    client.addProperty(
        "rights",
        OASFactory.createSchema()
            .type(Schema.SchemaType.ARRAY)
            .description("the rights by their codes, as the WSDL and the message log spell them")
            .items(OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(rights)));
    client.addProperty(
        "kind",
        OASFactory.createSchema()
            .type(Schema.SchemaType.STRING)
            .enumeration(Arrays.stream(ClientKind.values()).map(k -> (Object) k.name()).toList()));
  }
}
