package cn.autogov.notification;

/** A message was written to the outbox; observed after the writing transaction commits. */
public record MessageQueued() {}
