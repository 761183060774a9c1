// Cluster $id as it is now (null when absent), for the audit trail's before and after.
OPTIONAL MATCH (c:Cluster {id: $id})
RETURN CASE WHEN c IS NULL THEN null ELSE properties(c) END AS state,
       CASE WHEN c IS NULL THEN [] ELSE [c.id] END AS clusters
