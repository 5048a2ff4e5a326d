package cn.autogov.notification;

/** How a message reaches a person, or a partner system (its callback, by the system exchange). */
public enum Channel {
  SMS,
  EMAIL,
  /** a call to a partner system: the address is the system client's id, the text a JSON body */
  PARTNER
}
