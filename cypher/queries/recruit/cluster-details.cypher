// The candidates a read model ranked first for a cluster's recruitment list (recruit/RecruitModels), with every
// figure of their score and the gaps they would fill, as recruit/cluster returns them. $localCounts: the gap links'
// local counts by link id (recruit/cluster-gaps, same version). Followed by version/current in the same transaction.
UNWIND $ids AS candidateId
MATCH (e:Enterprise {id: candidateId})-[o:OPERATES_IN]->(l:Link)
WHERE l.id IN keys($localCounts) AND NOT coalesce(e.local, false)
WITH e, collect({linkId: l.id, name: l.name, stage: l.stage, localCount: $localCounts[l.id], share: o.share}) AS gaps
WITH e, gaps, CASE WHEN COUNT { (e)-[:SUPPLIES]->() } = 0 THEN 0
                   ELSE COUNT { MATCH (e)-[:SUPPLIES]->(b:Enterprise {local: true}) RETURN DISTINCT b } END AS customers
RETURN collect(e { .id, .name, .region, .country, .revenue, .aboveScale, .head, .listed, .tags,
                   share: null, customers: customers, gaps: gaps }) AS candidates
