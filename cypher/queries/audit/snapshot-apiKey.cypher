// API key $id as it is now, never its hash.
OPTIONAL MATCH (k:ApiKey {id: $id})
RETURN CASE WHEN k IS NULL THEN null
            ELSE k {.id, .name, .role, .clusters, expiresAt: toString(k.expiresAt), revokedAt: toString(k.revokedAt)} END AS state,
       [] AS clusters
