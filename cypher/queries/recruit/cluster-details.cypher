// The candidates a read model ranked first for a cluster's recruitment list (recruit/RecruitModels), with every
// figure of their score and the gaps they would fill, as recruit/cluster returns them. $localCounts: the gap links'
// local counts by link id (recruit/cluster-gaps, same version); $customers: each candidate's local customers, by id,
// as the models read them (recruit/link-model). Followed by version/current in the same transaction.
UNWIND $ids AS candidateId
MATCH (e:Enterprise {id: candidateId})-[o:OPERATES_IN]->(l:Link)
WHERE l.id IN keys($localCounts) AND NOT coalesce(e.local, false)
WITH e, collect({linkId: l.id, name: l.name, stage: l.stage, localCount: $localCounts[l.id], share: o.share}) AS gaps
RETURN collect(e { .id, .name, .region, .country, .revenue, .aboveScale, .head, .listed, .tags,
                   share: null, customers: $customers[e.id], gaps: gaps }) AS candidates
