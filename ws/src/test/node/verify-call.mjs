// One VerifyExportFiling call with WS-Security UsernameToken over HTTPS, as customs makes it (for the export filing's
// browser test):  node verify-call.mjs https://host:port clientId secret creditCode   → prints the answer as JSON
import https from 'node:https';
import soap from 'soap';

const [base, id, secret, credit] = process.argv.slice(2);
const agent = new https.Agent({ rejectUnauthorized: false }); // the test server's self-signed certificate
const c = await soap.createClientAsync(`${base}/ws/CustomsService?wsdl`, { wsdl_options: { httpsAgent: agent } });
c.setEndpoint(`${base}/ws/CustomsService`);
c.setSecurity(new soap.WSSecurity(id, secret, { passwordType: 'PasswordText', hasTimeStamp: true }));
try {
  const [result] = await c.VerifyExportFilingAsync({ creditCode: credit }, { httpsAgent: agent });
  console.log(JSON.stringify(result));
} catch (e) {
  console.log(e.body ?? String(e));
  process.exit(1);
}
