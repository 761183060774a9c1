// Every recruit candidate of one link, for its read model (recruit/RecruitModels): the outside (non-local)
// enterprises operating in it with the figures of their score, as recruit/link reads them (customers: distinct local
// enterprises the candidate already supplies, over SUPPLIES of any link). Read after version/current in the same
// transaction. An unknown link has no candidates.
MATCH (e:Enterprise)-[o:OPERATES_IN]->(l:Link {id: $linkId})
WHERE NOT coalesce(e.local, false)
WITH e, o, CASE WHEN COUNT { (e)-[:SUPPLIES]->() } = 0 THEN 0
                ELSE COUNT { MATCH (e)-[:SUPPLIES]->(b:Enterprise {local: true}) RETURN DISTINCT b } END AS customers
RETURN e { .id, .region, .revenue, .aboveScale, .head, .listed, .tags, share: o.share, customers: customers } AS candidate
