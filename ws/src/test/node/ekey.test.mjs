// Black-box tests of urn:autogov:ekey:v1 with node-soap, an independent client that reads the published WSDL.
// Environment (set by .ci/exchange-blackbox): AUTOGOV_HTTPS (base URL), DEMO_PASSWORD (the demo users' password, also
// the secret of demo-ekey-system, the demo e-key provider's system acting as the operator demo-ekey), EKEY_LIMITED_ID/EKEY_LIMITED_SECRET
// (an e-key provider's client with the right ekey.applications only). The demo data holds applications waiting for
// the provider at 复核 (a 解锁), 制作 and 寄出; the certificate request is made by OpenSSL, as a token's middleware would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { faultOf, options, soapClient } from './support.mjs';

const password = process.env.DEMO_PASSWORD;



const client = (id, secret, messageId) => soapClient('EkeyService', id, secret, messageId);

async function awaiting() {
  const [r] = await (await client('demo-ekey-system', password)).ListAwaitingApplicationsAsync({ pageSize: 200 }, options);
  return [].concat(r.application ?? []);
}

/** A token's key pair and its PKCS#10 request, made by OpenSSL (P-256, as the tokens hold). */
function certificateRequest(userName) {
  const dir = mkdtempSync(join(tmpdir(), 'ekey-'));
  try {
    execFileSync('openssl', ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
      '-keyout', join(dir, 'token.key'), '-out', join(dir, 'token.csr'), '-subj', `/CN=${userName}`], { stdio: 'pipe' });
    return readFileSync(join(dir, 'token.csr'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the demo provider system lists what waits for the provider: 复核, 制作, 寄出', async () => {
  const list = await awaiting();
  const kinds = new Set(list.map((a) => a.awaiting));
  for (const k of ['RECHECK', 'MAKE', 'SHIP']) {
    assert.ok(kinds.has(k), `something awaits ${k}: ${JSON.stringify(list)}`);
  }
  const unlock = list.find((a) => a.awaiting === 'RECHECK');
  assert.match(unlock.number, /^EK[A-Z]-\d{4}-\d{6}$/);
  assert.match(unlock.userName, /^[A-Z]{1,8}$/);
  assert.ok(unlock.enterpriseName);
});

test('wrong secret: NOT_AUTHENTICATED; a client without the right: NOT_AUTHORISED, naming it', async () => {
  const wrong = await faultOf((await client('demo-ekey-system', 'not-the-secret')).ListAwaitingApplicationsAsync({}, options));
  assert.equal(wrong.code, 'NOT_AUTHENTICATED');
  assert.doesNotMatch(wrong.body, /Exception|NullPointer|\tat /);
  const [unlock] = (await awaiting()).filter((a) => a.awaiting === 'RECHECK');
  const limited = await client(process.env.EKEY_LIMITED_ID, process.env.EKEY_LIMITED_SECRET);
  const [page] = await limited.ListAwaitingApplicationsAsync({}, options);
  assert.ok([].concat(page.application ?? []).length > 0, 'it may list');
  const fault = await faultOf(limited.ReportRecheckAsync(
    { number: unlock.number, version: unlock.version, result: 'APPROVED' }, options));
  assert.equal(fault.code, 'NOT_AUTHORISED');
  assert.match(fault.body, /ekey\.recheck/);
});

test('复核: a stale version is a CONFLICT; 复核通过, then 解锁 and the key waits to be sent', async () => {
  const [unlock] = (await awaiting()).filter((a) => a.awaiting === 'RECHECK');
  const c = await client('demo-ekey-system', password);
  const stale = await faultOf(c.ReportRecheckAsync(
    { number: unlock.number, version: Number(unlock.version) - 1, result: 'APPROVED' }, options));
  assert.equal(stale.code, 'CONFLICT');
  const [passed] = await c.ReportRecheckAsync({ number: unlock.number, version: unlock.version, result: 'APPROVED' }, options);
  assert.equal(passed.application.status, 'APPROVED');
  assert.equal(passed.application.awaiting, 'UNLOCK');
  const [unlocked] = await c.ReportStepAsync({ number: unlock.number, step: 'UNLOCKED' }, options);
  assert.equal(unlocked.application.awaiting, 'SHIP');
});

test('制作: a request that is not one is named; the token request in, the certificate and chain out; retried with one message id, issued once', async () => {
  const [make] = (await awaiting()).filter((a) => a.awaiting === 'MAKE');
  const junk = await faultOf((await client('demo-ekey-system', password)).IssueCertificateAsync(
    { number: make.number, certificateRequest: 'not a request' }, options));
  assert.equal(junk.code, 'INVALID_REQUEST');
  assert.match(junk.body, /PKCS#10/);
  const csr = certificateRequest(make.userName);
  const id = `urn:uuid:${randomUUID()}`;
  const [first] = await (await client('demo-ekey-system', password, id)).IssueCertificateAsync(
    { number: make.number, certificateRequest: csr }, options);
  const [second] = await (await client('demo-ekey-system', password, id)).IssueCertificateAsync(
    { number: make.number, certificateRequest: csr }, options);
  assert.match(first.serial, /^[0-9a-f]+$/);
  assert.match(first.certificate, /^-----BEGIN CERTIFICATE-----/);
  assert.equal([].concat(first.chain).length, 2);
  assert.deepEqual(second, first);
  // the token is lost at once: revoked, as its current certificate
  const [revoked] = await (await client('demo-ekey-system', password)).RevokeCertificateAsync(
    { serial: first.serial, reason: 'KEY_COMPROMISE' }, options);
  assert.equal(revoked.current, true);
  assert.equal(revoked.reason, 'KEY_COMPROMISE');
  assert.equal(revoked.userName, make.userName);
});

test('寄出 with the tracking number; the same step twice is a CONFLICT', async () => {
  const [ship] = (await awaiting()).filter((a) => a.awaiting === 'SHIP');
  const c = await client('demo-ekey-system', password);
  const [sent] = await c.ReportStepAsync({ number: ship.number, step: 'SHIPPED', trackingNumber: 'SF1029384756' }, options);
  assert.equal(sent.application.awaiting, undefined, 'now the issuing authority’s');
  const twice = await faultOf(c.ReportStepAsync({ number: ship.number, step: 'SHIPPED', trackingNumber: 'SF1' }, options));
  assert.equal(twice.code, 'CONFLICT');
});
