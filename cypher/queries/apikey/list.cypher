// Every API key, oldest first, without its hash.
MATCH (k:ApiKey)
RETURN k {.id, .name, .role, .clusters, .createdBy, createdAt: toString(k.createdAt),
          expiresAt: toString(k.expiresAt), lastUsedAt: toString(k.lastUsedAt), revokedAt: toString(k.revokedAt)} AS key
ORDER BY k.createdAt, k.id
