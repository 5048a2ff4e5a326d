package cn.autogov.filing.application;

import java.util.List;

/**
 * Several businesses on the engine that differ only in data (the five used-car business filings of
 * seed 003, and their changes): one CDI bean gives them all, where one bean per type would say the
 * same thing ten times. {@link FilingTypes} takes them as it takes single definitions.
 */
public interface FilingDefinitions {

  List<FilingDefinition> definitions();
}
