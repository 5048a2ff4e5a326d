package cn.autogov.audit.domain;

/**
 * An entry of a hash chain: its number, its predecessor's hash, its own hash and how to recompute
 * it.
 */
public interface Chained {

  long getSeq();

  String getPrevHash();

  String getHash();

  /** The hash this entry's content and link must have. */
  String computeHash();
}
