// Upsert links and their cluster membership. $rows: [{line, props, clusters, parent, parentInImport}].
// Every cluster must exist; the parent must exist or be a link of the same import (its PART_OF is written by
// link-parent.cypher once all links exist). Membership is additive: a link can be added to clusters by several imports.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Link {id: row.props.id})
WITH row, existing,
     [cid IN row.clusters WHERE NOT EXISTS { MATCH (:Cluster {id: cid}) }] AS unknownClusters,
     row.parent IS NULL OR row.parentInImport OR EXISTS { MATCH (:Link {id: row.parent}) } AS parentKnown
WITH row, CASE
       WHEN size(unknownClusters) > 0 THEN 'missing:clusters:' + unknownClusters[0]
       WHEN NOT parentKnown THEN 'missing:parent:' + row.parent
       WHEN existing IS NULL THEN 'created'
       WHEN properties(existing) = row.props
            AND all(cid IN row.clusters WHERE EXISTS { MATCH (existing)<-[:HAS_LINK]-(:Cluster {id: cid}) })
            AND coalesce(COLLECT { MATCH (existing)-[:PART_OF]->(p:Link) RETURN p.id }[0], '') = coalesce(row.parent, '')
         THEN 'unchanged'
       ELSE 'updated' END AS outcome
CALL (row, outcome) {
  WITH row WHERE outcome IN ['created', 'updated']
  MERGE (l:Link {id: row.props.id})
  SET l = row.props
  WITH row, l
  UNWIND row.clusters AS cid
  MATCH (c:Cluster {id: cid})
  MERGE (c)-[:HAS_LINK]->(l)
}
RETURN row.line AS line, outcome
