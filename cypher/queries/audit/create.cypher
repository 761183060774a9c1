// One entry of the audit trail, written in the transaction of the write it records. Entries are never changed.
CREATE (a:AuditEntry {id: $id, at: datetime(), actor: $actor, roles: $roles, kind: $kind, target: $target,
                      action: $action, clusters: $clusters, fields: $fields, before: $before, after: $after,
                      summary: $summary})
RETURN a.id AS id
