// One page of enterprise/list when local = true (and neither the link nor the cluster filter is set): the local
// enterprises through the enterprise_local index, not every enterprise; the other filters as in enterprise/list;
// the same order (name key, then id).
MATCH (e:Enterprise {local: true})
USING INDEX e:Enterprise(local)
WHERE ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
RETURN e.id AS id
ORDER BY e.nameKey, e.id
SKIP $skip LIMIT $size
