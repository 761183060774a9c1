// One page of all enterprises (a listing without filters), in the order of enterprise/list: the stored name key,
// then id. Read in the order of the index on nameKey, so the database reads the page's rows (and those tied with
// its last key), not every enterprise: the predicate on the key is what lets the planner use that order. It leaves
// out no enterprise, because every enterprise has a key whenever the service answers: every write sets it, and the
// start-up fills in any that are missing before the service reports ready (NameKeyBackfill).
MATCH (e:Enterprise)
WHERE e.nameKey IS NOT NULL
RETURN e.id AS id
ORDER BY e.nameKey, e.id
SKIP $skip LIMIT $size
