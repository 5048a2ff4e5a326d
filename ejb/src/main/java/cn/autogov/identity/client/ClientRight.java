package cn.autogov.identity.client;

/** What a system client may do through the system exchange (#7 enforces them per operation). */
public enum ClientRight {
  /** read certificate-of-conformity e-data (tax: vehicle purchase tax) */
  CERTIFICATE_READ,
  /** read used-car export filings and their validity (customs) */
  EXPORT_FILING_READ,
  /** report export declarations back (customs) */
  EXPORT_DECLARATION_WRITE,
  /** read e-key applications ready for issuing (CA) */
  EKEY_APPLICATION_READ,
  /** deliver issued e-key certificates and revocations (CA) */
  EKEY_CERTIFICATE_WRITE,
  /** report invoices linked to certificates (tax) */
  INVOICE_WRITE
}
