// A new API key; only the SHA-256 of its secret is stored. Never returns the hash.
CREATE (k:ApiKey {id: $id, name: $name, role: $role, clusters: $clusters, hash: $hash, createdAt: datetime(),
                  createdBy: $createdBy, expiresAt: datetime($expiresAt)})
RETURN k {.id, .name, .role, .clusters, .createdBy, createdAt: toString(k.createdAt),
          expiresAt: toString(k.expiresAt), lastUsedAt: null, revokedAt: null} AS key
