package cn.autogov.audit.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from (the client's address as the listener saw it), set by the web
 * tier's filter for every HTTP request (portal, REST, SOAP). Jobs have none: their entries say
 * "system".
 */
@RequestScoped
public class RequestOrigin {

  private String address;

  public String address() {
    return address;
  }

  public void set(String address) {
    this.address = address;
  }
}
