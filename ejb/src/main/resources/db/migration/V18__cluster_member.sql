-- #16: the members of a cluster, each writing a heartbeat every few seconds, so that what must hold for the whole
-- cluster (the exchange's rate limits) can share itself out among the members alive. One row per member start.
CREATE TABLE cluster_member (
  member_id VARCHAR(120) NOT NULL PRIMARY KEY,
  instance VARCHAR(100) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  seen_at TIMESTAMP NOT NULL
);
CREATE INDEX cluster_member_seen ON cluster_member (seen_at);
