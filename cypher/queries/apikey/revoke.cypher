// Revokes key $id (kept, so the list and the audit trail still name it); revoking twice keeps the first time.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime()), k.revokedBy = coalesce(k.revokedBy, $by)
RETURN k.id AS id
