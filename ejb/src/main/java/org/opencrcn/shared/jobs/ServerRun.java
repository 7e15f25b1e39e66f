package org.opencrcn.shared.jobs;

import java.time.Instant;

/**
 * One start of a server (table {@code server_run}, V34): a node of a cluster or the single server
 * gets a fresh id each time it starts, and says every 30 s that it is still alive.
 */
public record ServerRun(String id, String node, Instant heartbeatAt) {}
