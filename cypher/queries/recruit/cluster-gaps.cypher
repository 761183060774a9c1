// The cluster's gaps for the recruitment list from read models (recruit/RecruitModels): its links with
// localCount < $weakBelow (MISSING or WEAK), as recruit/cluster finds them (local counts from the local side). No row:
// unknown cluster. Read after version/current in the same transaction.
MATCH (c:Cluster {id: $id})
WITH c, COLLECT { MATCH (c)-[:HAS_LINK]->(m:Link) RETURN m } AS members
CALL (members) {
  MATCH (x:Enterprise {local: true})
  USING INDEX x:Enterprise(local)
  MATCH (x)-[:OPERATES_IN]->(m:Link)
  WHERE m IN members
  WITH m, count(DISTINCT x) AS n
  RETURN collect({link: m, n: n}) AS localCounts
}
RETURN c.id AS clusterId,
       [m IN members WHERE coalesce([p IN localCounts WHERE p.link = m | p.n][0], 0) < $weakBelow
        | {linkId: m.id, localCount: coalesce([p IN localCounts WHERE p.link = m | p.n][0], 0)}] AS gaps
