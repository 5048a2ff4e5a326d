// Black-box tests of urn:autogov:customs:v1 with node-soap, an independent client that reads the published WSDL.
// Environment (set by .ci/exchange-blackbox): AUTOGOV_HTTPS (base URL), CLIENT_ID/CLIENT_SECRET (rights customs.verify and
// customs.get), LIMITED_ID/LIMITED_SECRET (customs.verify only), CREDIT_CODE (an enterprise the platform knows),
// SIGNER_KEY/SIGNER_CERT (PEM files: the key and certificate registered for CLIENT_ID), STRANGER_KEY/STRANGER_CERT (a
// certificate registered for nobody).
import { test } from 'node:test';
import fs from 'node:fs';
import assert from 'node:assert/strict';
import https from 'node:https';
import { randomUUID } from 'node:crypto';
import soap from 'soap';
import { agent, base, faultOf, options, soapClient } from './support.mjs';

const client = (id, secret, messageId) => soapClient('CustomsService', id, secret, messageId);

const wsdl = `${base}/ws/CustomsService?wsdl`;
const credit = process.env.CREDIT_CODE;




/** A raw POST, for messages no SOAP library would produce (a DTD before the envelope). */
function post(body) {
  return postTo('/ws/CustomsService', body);
}

function postTo(path, body) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = https.request(`${base}${path}`, {
      method: 'POST', agent, headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '""' },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, body: text, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('success: a client with the right verifies an enterprise', async () => {
  const c = await client(process.env.CLIENT_ID, process.env.CLIENT_SECRET);
  const [result] = await c.VerifyExportFilingAsync({ creditCode: credit }, options);
  assert.equal(typeof result.valid, 'boolean');
  assert.equal(result.valid, false); // the demo enterprise has no export filing yet
  const fault = await faultOf(c.GetExportFilingAsync({ filingNumber: 'EX-1999-000001' }, options));
  assert.equal(fault.code, 'UNKNOWN_FILING');
  assert.match(fault.body, /未找到/);
});

test('wrong password: NOT_AUTHENTICATED, no internal error text', async () => {
  const c = await client(process.env.CLIENT_ID, 'not-the-secret');
  const fault = await faultOf(c.VerifyExportFilingAsync({ creditCode: credit }, options));
  assert.equal(fault.status, 500);
  assert.equal(fault.code, 'NOT_AUTHENTICATED');
  assert.doesNotMatch(fault.body, /Exception|NullPointer|\tat /);
});

test('no right for the operation: NOT_AUTHORISED naming the right', async () => {
  const c = await client(process.env.LIMITED_ID, process.env.LIMITED_SECRET);
  await c.VerifyExportFilingAsync({ creditCode: credit }, options); // its one right works
  const fault = await faultOf(c.GetExportFilingAsync({ filingNumber: 'EX-1999-000001' }, options));
  assert.equal(fault.code, 'NOT_AUTHORISED');
  assert.match(fault.body, /customs\.get/);
});

test('schema-invalid message: INVALID_REQUEST naming the contract', async () => {
  const c = await client(process.env.CLIENT_ID, process.env.CLIENT_SECRET);
  const raw = { _xml: '<c:VerifyExportFiling xmlns:c="urn:autogov:customs:v1"><c:creditCode>not-a-code</c:creditCode></c:VerifyExportFiling>' };
  const fault = await faultOf(c.VerifyExportFilingAsync(raw, options));
  assert.equal(fault.code, 'INVALID_REQUEST');
  assert.match(fault.body, /XSD/);
});

/** A message node-soap made (valid security header), with a DTD put in front and an entity in the body. */
async function hostile(dtd, entity) {
  const c = await client(process.env.CLIENT_ID, process.env.CLIENT_SECRET);
  await c.VerifyExportFilingAsync({ creditCode: credit }, options);
  const envelope = c.lastRequest.replace(/<\?xml[^>]*\?>/, '').replace(credit, entity);
  return post(`<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE e [${dtd}]>\n${envelope}`);
}

test('XXE: an external entity is refused, nothing is read', async () => {
  const r = await hostile('<!ENTITY x SYSTEM "file:///etc/passwd">', '&x;');
  assert.equal(r.status, 500);
  assert.match(r.body, /<(?:\w+:)?code>INVALID_REQUEST</);
  assert.match(r.body, /DTD/);
  assert.doesNotMatch(r.body, /root:/);
});

test('billion laughs: refused in under a second', async () => {
  let dtd = '<!ENTITY l0 "lol">';
  for (let i = 1; i < 10; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
  const r = await hostile(dtd, '&l9;');
  assert.equal(r.status, 500);
  assert.match(r.body, /<(?:\w+:)?code>INVALID_REQUEST</);
  assert.ok(r.ms < 1000, `answered in ${r.ms} ms`);
});

test('replayed message id: the first answer again, not acted on twice', async () => {
  const id = `urn:uuid:${randomUUID()}`;
  const c = await client(process.env.CLIENT_ID, process.env.CLIENT_SECRET, id);
  await c.VerifyExportFilingAsync({ creditCode: credit }, options);
  const first = c.lastResponse;
  await new Promise((r) => setTimeout(r, 1100)); // a later timestamp in the retry's answer would show
  const again = await client(process.env.CLIENT_ID, process.env.CLIENT_SECRET, id);
  await again.VerifyExportFilingAsync({ creditCode: credit }, options);
  assert.equal(again.lastResponse, first);
  const other = await faultOf(again.GetExportFilingAsync({ filingNumber: 'EX-1999-000001' }, options));
  assert.equal(other.code, 'IDEMPOTENCY_MISMATCH'); // the id is not reused for another operation
  const otherArguments = await faultOf(again.VerifyExportFilingAsync({ creditCode: '91350100MA2Y8E3TX7' }, options));
  assert.equal(otherArguments.code, 'IDEMPOTENCY_MISMATCH'); // nor for other arguments
});

test('a stock client binds the service it asked for, at the address the WSDL publishes', async () => {
  const c = await soap.createClientAsync(wsdl, { wsdl_options: { httpsAgent: agent } });
  assert.deepEqual(Object.keys(c.describe()), ['CustomsService']); // one service per published document
  c.setSecurity(new soap.WSSecurity(process.env.CLIENT_ID, process.env.CLIENT_SECRET, { passwordType: 'PasswordText', hasTimeStamp: true }));
  const [result] = await c.VerifyExportFilingAsync({ creditCode: credit }, options); // no setEndpoint
  assert.equal(typeof result.valid, 'boolean');
});

/** A client of the signed port: each message's body and timestamp signed with the key (WS-Security X.509). */
async function signer(keyFile, certFile, extra = {}) {
  const c = await soap.createClientAsync(`${base}/ws/CustomsSignedService?wsdl`, { wsdl_options: { httpsAgent: agent } });
  c.setEndpoint(`${base}/ws/CustomsSignedService`);
  c.setSecurity(new soap.WSSecurityCert(fs.readFileSync(keyFile), fs.readFileSync(certFile), '', {
    hasTimeStamp: true,
    signerOptions: { idMode: 'wssecurity' }, // wsu:Id on the signed parts
    signatureTransformations: ['http://www.w3.org/2001/10/xml-exc-c14n#'],
    ...extra,
  }));
  return c;
}

test('X.509-signed messages: the registered certificate is the client; tampering, strangers and unsigned bodies are refused', async () => {
  const c = await signer(process.env.SIGNER_KEY, process.env.SIGNER_CERT);
  const [result] = await c.VerifyExportFilingAsync({ creditCode: credit }, options);
  assert.equal(result.valid, false);
  assert.match(c.lastRequest, /BinarySecurityToken/);
  assert.doesNotMatch(c.lastRequest, /Password/); // no secret travels

  const tampered = await postTo('/ws/CustomsSignedService', c.lastRequest.replace(credit, '91110108MA01234567'));
  assert.equal(tampered.status, 500);
  assert.match(tampered.body, /<(?:\w+:)?code>NOT_AUTHENTICATED</);

  const stranger = await signer(process.env.STRANGER_KEY, process.env.STRANGER_CERT);
  assert.equal((await faultOf(stranger.VerifyExportFilingAsync({ creditCode: credit }, options))).code, 'NOT_AUTHENTICATED');

  const bodyUnsigned = await signer(process.env.SIGNER_KEY, process.env.SIGNER_CERT, { excludeReferencesFromSigning: ['Body'] });
  assert.equal((await faultOf(bodyUnsigned.VerifyExportFilingAsync({ creditCode: credit }, options))).code, 'NOT_AUTHENTICATED');

  const noTimestamp = await signer(process.env.SIGNER_KEY, process.env.SIGNER_CERT, { hasTimeStamp: false });
  assert.equal((await faultOf(noTimestamp.VerifyExportFilingAsync({ creditCode: credit }, options))).code, 'NOT_AUTHENTICATED');

  const password = await client(process.env.CLIENT_ID, process.env.CLIENT_SECRET);
  password.setEndpoint(`${base}/ws/CustomsSignedService`);
  assert.equal((await faultOf(password.VerifyExportFilingAsync({ creditCode: credit }, options))).code, 'NOT_AUTHENTICATED');
});
