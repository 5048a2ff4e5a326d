package cn.autogov.access;

/**
 * The signed-in account calling, for shared areas that keep something per account (the inbox)
 * without reading the accounts themselves; identity provides it.
 */
public interface CurrentCaller {

  /** The calling account's id; refused when nobody is signed in. */
  Long accountId();
}
