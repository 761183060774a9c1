MATCH (c:Cluster {id: $id})
RETURN c {
  .*,
  linkCount: COUNT { (c)-[:HAS_LINK]->(:Link) },
  localEnterpriseCount: COUNT { MATCH (c)-[:HAS_LINK]->(:Link)<-[:OPERATES_IN]-(e:Enterprise {local: true})
                                RETURN DISTINCT e },
  coveredLinkCount: COUNT { (c)-[:HAS_LINK]->(l:Link) WHERE EXISTS { (l)<-[:OPERATES_IN]-(:Enterprise {local: true}) } }
} AS cluster
