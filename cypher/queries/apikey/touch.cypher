// Records the last use of key $id.
MATCH (k:ApiKey {id: $id})
SET k.lastUsedAt = datetime()
RETURN k.id AS id
