/**
 * 二手车流通 (seed 003): used-car businesses registering themselves, their five business filings
 * confirmed by the local commerce authority, and their per-vehicle sales records, typed or imported
 * from Excel. A business area: it builds on the engine, the enterprise and identity areas, never
 * the other way round.
 */
package cn.autogov.usedcar;
