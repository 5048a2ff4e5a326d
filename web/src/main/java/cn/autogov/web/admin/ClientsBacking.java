package cn.autogov.web.admin;

import cn.autogov.identity.client.ClientKind;
import cn.autogov.identity.client.ClientRight;
import cn.autogov.identity.client.ClientView;
import cn.autogov.identity.client.SystemClients;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * /admin/clients.xhtml: system clients (tax, customs, CA), their rights, secrets, callbacks, rate
 * limits and signing certificates.
 */
@Named
@ViewScoped
public class ClientsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SystemClients clients;

  private List<ClientView> all;
  private String clientId;
  private String name;
  private ClientKind kind;
  private String actsAs;
  private List<ClientRight> rights = List.of();
  private ClientView revealed;
  private Long callbackClient;
  private String callbackUrl;
  private Long partnerClient;
  private String rate;
  private String certificate;

  @PostConstruct
  void load() {
    all = clients.list();
  }

  public void create() {
    revealed =
        Forms.call(
            "client",
            () ->
                clients.create(
                    clientId,
                    name,
                    kind,
                    rights.isEmpty() ? EnumSet.noneOf(ClientRight.class) : EnumSet.copyOf(rights),
                    actsAs));
    if (revealed != null) {
      clientId = name = actsAs = null;
      kind = null;
      rights = List.of();
      load();
    }
  }

  public void newSecret(Long id) {
    revealed = Forms.call("clients", () -> clients.newSecret(id));
  }

  public void disable(Long id) {
    if (Forms.run("clients", () -> clients.disable(id))) {
      load();
    }
  }

  public void enable(Long id) {
    if (Forms.run("clients", () -> clients.enable(id))) {
      load();
    }
  }

  /** Sets (or, blank, clears) a client's callback URL. */
  public void changeCallback() {
    if (Forms.run("callback", () -> clients.changeCallback(callbackClient, callbackUrl))) {
      callbackClient = null;
      callbackUrl = null;
      load();
    }
  }

  /** Sets (or, blank, clears) the chosen client's own rate limit. */
  public void changeRate() {
    Integer perSecond;
    try {
      perSecond = rate == null || rate.isBlank() ? null : Integer.valueOf(rate.strip());
    } catch (NumberFormatException e) {
      perSecond = -1; // refused with the range's message, the input kept
    }
    Integer value = perSecond;
    if (Forms.run("partner", () -> clients.changeRate(partnerClient, value))) {
      rate = null;
      load();
    }
  }

  /** Registers the PEM certificate the chosen client signs its messages with. */
  public void registerCertificate() {
    if (Forms.run("partner", () -> clients.registerCertificate(partnerClient, certificate))) {
      certificate = null;
      load();
    }
  }

  public void removeCertificate() {
    if (Forms.run("partner", () -> clients.removeCertificate(partnerClient))) {
      load();
    }
  }

  public Long getPartnerClient() {
    return partnerClient;
  }

  public void setPartnerClient(Long partnerClient) {
    this.partnerClient = partnerClient;
  }

  public String getRate() {
    return rate;
  }

  public void setRate(String rate) {
    this.rate = rate;
  }

  public String getCertificate() {
    return certificate;
  }

  public void setCertificate(String certificate) {
    this.certificate = certificate;
  }

  public Long getCallbackClient() {
    return callbackClient;
  }

  public void setCallbackClient(Long callbackClient) {
    this.callbackClient = callbackClient;
  }

  public String getCallbackUrl() {
    return callbackUrl;
  }

  public void setCallbackUrl(String callbackUrl) {
    this.callbackUrl = callbackUrl;
  }

  public ClientKind[] getKinds() {
    return ClientKind.values();
  }

  public ClientRight[] getAllRights() {
    return ClientRight.values();
  }

  public List<ClientView> getAll() {
    return all;
  }

  public ClientView getRevealed() {
    return revealed;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String v) {
    this.clientId = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    this.name = v;
  }

  public ClientKind getKind() {
    return kind;
  }

  public void setKind(ClientKind v) {
    this.kind = v;
  }

  public List<ClientRight> getRights() {
    return rights;
  }

  public void setRights(List<ClientRight> v) {
    this.rights = v == null ? List.of() : v;
  }

  public String getActsAs() {
    return actsAs;
  }

  public void setActsAs(String v) {
    this.actsAs = v;
  }
}
