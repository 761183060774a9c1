// A page of the audit trail, newest first, with the number of matching entries. Filters are null when absent.
MATCH (a:AuditEntry)
WHERE ($actor IS NULL OR a.actor = $actor)
  AND ($since IS NULL OR a.at >= $since)
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($cluster IS NULL OR $cluster IN a.clusters)
WITH a ORDER BY a.at DESC, a.id DESC
WITH collect(a) AS entries
RETURN size(entries) AS total,
       [e IN entries[$skip..($skip + $limit)] | e {.*, at: toString(e.at)}] AS items
