// Black-box tests of urn:autogov:tax:v1 with node-soap, an independent client that reads the published WSDL.
// Environment (set by .ci/exchange-blackbox): AUTOGOV_HTTPS, AUTOGOV_HTTP (base URLs), DEMO_PASSWORD (the demo users'
// password, also the demo tax client demo-tax's secret), TAX_LIMITED_ID/TAX_LIMITED_SECRET (a TAX client with the right
// tax.openings only). The test files a 配置信息系统开通 as demo-enterprise and has demo-centre approve it, as they would.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { faultOf, options, soapClient } from './support.mjs';

const client = (id, secret, messageId) => soapClient('TaxService', id, secret, messageId);

const api = `${process.env.AUTOGOV_HTTP}/api/v1`;
const password = process.env.DEMO_PASSWORD;
const PDF = "JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCAyMDAgMjAwXSA+PgplbmRvYmoKeHJlZgowIDQKMDAwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDE1IDAwMDAwIG4gCjAwMDAwMDAwNjQgMDAwMDAgbiAKMDAwMDAwMDEyMSAwMDAwMCBuIAp0cmFpbGVyCjw8IC9TaXplIDQgL1Jvb3QgMSAwIFIgPj4Kc3RhcnR4cmVmCjE5MgolJUVPRgo=";



async function call(token, method, path, body) {
  const res = await fetch(`${api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function login(name) {
  const post = (path, body) => fetch(`${api}${path}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  }).then((r) => r.json());
  const { demoCode } = await post('/sessions', { identifier: name, password });
  const { token } = await post('/sessions/code', { loginName: name, code: demoCode });
  return token;
}

let number;
let creditCode;

before(async () => {
  // demo-enterprise (合格证企业代码 ABCD) asks to open the configuration information system for a new plant
  const ent = await login('demo-enterprise');
  const d = await call(ent, 'POST', '/filings', { type: 'coc-config-opening' });
  const id = d.filing.id;
  number = d.filing.number;
  await call(ent, 'PUT', `/filings/${id}/materials/priceInfoSheet`, { fileName: 'sheet.pdf', base64: PDF });
  await call(ent, 'PUT', `/filings/${id}/form`, {
    complete: true,
    values: {
      contactPerson: '王联系', contactMobile: '13912345678',
      'plants.0.action': 'ADD', 'plants.0.plantName': '福州一厂', 'plants.0.province': 'FJ',
      'plants.0.address': '福建省福州市闽侯县汽车路1号',
    },
  });
  await call(ent, 'POST', `/filings/${id}/submit`);
  creditCode = (await call(ent, 'GET', '/coc/openings/mine')).creditCode;
  const centre = await login('demo-centre');
  const seen = await call(centre, 'GET', `/filings/${id}`);
  await call(centre, 'POST', `/review/filings/${id}/decisions`, { decision: 'APPROVE', version: seen.filing.version });
});

test('the demo tax client lists the approved opening, its plant by the GB/T 2260 province code', async () => {
  const c = await client('demo-tax', password);
  const [r] = await c.ListApprovedOpeningsAsync({ since: '2000-01-01T00:00:00', pageSize: 500 }, options);
  const o = [].concat(r.opening ?? []).find((x) => x.number === number);
  assert.ok(o, `${number} listed`);
  assert.equal(o.status, 'AWAITING');
  assert.equal(o.system, 'CONFIG_INFO');
  assert.equal([].concat(o.plant)[0].province, '35');
  assert.equal([].concat(o.plant)[0].code, 'P01');
});

test('wrong password and missing credentials: NOT_AUTHENTICATED, no internal error text', async () => {
  const wrong = await faultOf((await client('demo-tax', 'not-the-secret')).GetEnterpriseOpeningsAsync({ creditCode }, options));
  assert.equal(wrong.code, 'NOT_AUTHENTICATED');
  assert.doesNotMatch(wrong.body, /Exception|NullPointer|\tat /);
  const none = await faultOf((await client(null)).GetEnterpriseOpeningsAsync({ creditCode }, options));
  assert.equal(none.code, 'NOT_AUTHENTICATED');
});

test('a client without the right may list but not confirm: NOT_AUTHORISED', async () => {
  const c = await client(process.env.TAX_LIMITED_ID, process.env.TAX_LIMITED_SECRET);
  const fault = await faultOf(c.ConfirmOpeningAsync({ number, result: 'OPENED' }, options));
  assert.equal(fault.code, 'NOT_AUTHORISED');
  assert.match(fault.body, /tax\.opening-confirm/);
});

test('confirm twice with one message id: acts once, the same answer twice; the enterprise then reads 已开通', async () => {
  const id = `urn:uuid:${randomUUID()}`;
  const [first] = await (await client('demo-tax', password, id)).ConfirmOpeningAsync({ number, result: 'OPENED' }, options);
  const [second] = await (await client('demo-tax', password, id)).ConfirmOpeningAsync({ number, result: 'OPENED' }, options);
  assert.equal(first.opening.status, 'OPENED');
  assert.deepEqual(second, first);
  const refused = await faultOf((await client('demo-tax', password)).ConfirmOpeningAsync(
    { number, result: 'REFUSED', reason: '迟到的拒绝' }, options));
  assert.equal(refused.code, 'CONFLICT');
  const [mine] = await (await client('demo-tax', password)).GetEnterpriseOpeningsAsync({ creditCode }, options);
  const o = [].concat(mine.opening).find((x) => x.number === number);
  assert.equal(o.status, 'OPENED');
  assert.equal(String(o.confirmedAt), String(first.opening.confirmedAt), 'the replay did not confirm again');
  const ent = await login('demo-enterprise');
  const page = await call(ent, 'GET', '/coc/openings/mine');
  assert.equal(page.openings.find((x) => x.number === number).status, 'OPENED');
});

test('a malformed credit code breaks the contract: INVALID_REQUEST before any work', async () => {
  const fault = await faultOf((await client('demo-tax', password)).GetEnterpriseOpeningsAsync({ creditCode: '9135' }, options));
  assert.equal(fault.code, 'INVALID_REQUEST');
});
