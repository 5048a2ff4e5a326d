package cn.autogov.platform;

import java.time.OffsetDateTime;

/** What any caller may know of this installation: no business data. */
public record PlatformInfo(
    String name, String version, String mode, OffsetDateTime serverTime, boolean databaseReady) {}
