/**
 * 许可证项目电子钥匙 (seed 004): an exporter's USB token with its X.509 certificate, applied for in eight
 * flows that the issuing authority of the enterprise's division checks (核验) and the e-key provider
 * re-reviews (复核), then produces, ships and hands over; the platform's own issuing CA signs the
 * token's certificate and publishes the revocations. A business area: it builds on the engine, the
 * enterprise and identity areas, never the other way round.
 */
package cn.autogov.ekey;
