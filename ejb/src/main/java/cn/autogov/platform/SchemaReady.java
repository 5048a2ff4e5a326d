package cn.autogov.platform;

/**
 * Fired once per start, after the schema is migrated: what needs the database at start-up observes
 * it.
 */
public record SchemaReady(String schemaVersion) {}
