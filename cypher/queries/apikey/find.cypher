// The key whose secret hashes to $hash, whether it may be used now, and whether its last use is due a write.
MATCH (k:ApiKey {hash: $hash})
RETURN k.id AS id, k.name AS name, k.role AS role, k.clusters AS clusters,
       k.revokedAt IS NOT NULL AS revoked, k.expiresAt <= datetime() AS expired,
       k.lastUsedAt IS NULL OR k.lastUsedAt < datetime() - duration($interval) AS touch
