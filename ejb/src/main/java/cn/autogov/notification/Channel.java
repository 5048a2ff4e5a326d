package cn.autogov.notification;

/** How a message reaches a person. */
public enum Channel {
  SMS,
  EMAIL
}
