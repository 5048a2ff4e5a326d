/**
 * The enterprises: the register (an enterprise and its one legal-person account, sub-enterprises,
 * contact address, activity), agents' authorisations ({@code agent}), and what the filing engine
 * and the businesses ask of an applicant ({@code Enterprises}, {@code EnterpriseProfile}). Above
 * identity, whose accounts it uses; below the exchange and the filings, which ask it and never load
 * its entities.
 */
package cn.autogov.enterprise;
