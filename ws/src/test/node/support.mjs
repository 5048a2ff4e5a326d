// What the black-box tests share: the server (AUTOGOV_HTTPS), a node-soap client of a published service with
// WS-Security (UsernameToken, PasswordText, timestamp) and an optional WS-Addressing message id, and the declared
// fault's code of a refused call.
import assert from 'node:assert/strict';
import https from 'node:https';
import soap from 'soap';

export const base = process.env.AUTOGOV_HTTPS;
export const agent = new https.Agent({ rejectUnauthorized: false }); // the test server's self-signed certificate
export const options = { httpsAgent: agent };

/** A client of /ws/<service> from its published WSDL; without an id, no credentials at all. */
export async function soapClient(service, id, secret, messageId) {
  const c = await soap.createClientAsync(`${base}/ws/${service}?wsdl`, { wsdl_options: { httpsAgent: agent } });
  c.setEndpoint(`${base}/ws/${service}`);
  if (id) {
    c.setSecurity(new soap.WSSecurity(id, secret, { passwordType: 'PasswordText', hasTimeStamp: true }));
  }
  if (messageId) {
    c.addSoapHeader(`<wsa:MessageID xmlns:wsa="http://www.w3.org/2005/08/addressing">${messageId}</wsa:MessageID>`);
  }
  return c;
}

/** The ExchangeFault code of a failed call (node-soap rejects with the fault). */
export async function faultOf(promise) {
  try {
    await promise;
  } catch (e) {
    const body = e.body ?? '';
    const m = body.match(/<(?:\w+:)?code>([A-Z_]+)</);
    return { status: e.response?.status, code: m?.[1], body };
  }
  assert.fail('the call succeeded but must be refused');
}
