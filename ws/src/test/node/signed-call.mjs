// One call of the signed customs port (WS-Security X.509 over HTTPS), for the EAR smoke test:
//   node signed-call.mjs https://host:port key.pem cert.pem creditCode   → prints the answer as JSON
import https from 'node:https';
import fs from 'node:fs';
import soap from 'soap';

const [base, keyFile, certFile, credit] = process.argv.slice(2);
const agent = new https.Agent({ rejectUnauthorized: false }); // the smoke server's self-signed certificate
const c = await soap.createClientAsync(`${base}/ws/CustomsSignedService?wsdl`, { wsdl_options: { httpsAgent: agent } });
c.setEndpoint(`${base}/ws/CustomsSignedService`);
c.setSecurity(new soap.WSSecurityCert(fs.readFileSync(keyFile), fs.readFileSync(certFile), '', {
  hasTimeStamp: true,
  signerOptions: { idMode: 'wssecurity' },
  signatureTransformations: ['http://www.w3.org/2001/10/xml-exc-c14n#'],
}));
try {
  const [result] = await c.VerifyExportFilingAsync({ creditCode: credit }, { httpsAgent: agent });
  console.log(JSON.stringify(result));
} catch (e) {
  console.log(e.body ?? String(e));
  process.exit(1);
}
