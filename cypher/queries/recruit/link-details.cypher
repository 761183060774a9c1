// The candidates a read model ranked first for one link of a cluster (recruit/RecruitModels), with every figure of
// their score, as recruit/link returns them. One row always: clusterId null when the cluster is unknown, linkId null
// when the link is not one of the cluster's. $customers: each candidate's local customers, by id, as the model read
// them (recruit/link-model; counting them again is most of the cost for a big supplier). Followed by version/current
// in the same transaction: when the version is still the model's, no write came between the model and these figures.
OPTIONAL MATCH (c:Cluster {id: $id})
OPTIONAL MATCH (c)-[:HAS_LINK]->(l:Link {id: $linkId})
CALL (l) {
  UNWIND $ids AS candidateId
  MATCH (e:Enterprise {id: candidateId})-[o:OPERATES_IN]->(l)
  WHERE NOT coalesce(e.local, false)
  RETURN collect(e { .id, .name, .region, .country, .revenue, .aboveScale, .head, .listed, .tags,
                     share: o.share, customers: $customers[e.id], gaps: [] }) AS candidates
}
RETURN c.id AS clusterId, l.id AS linkId, candidates
