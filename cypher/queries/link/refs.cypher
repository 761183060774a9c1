// What a link write refers to: whether the link exists, which of its clusters are unknown, whether its parent
// exists, and whether that parent is a sub-link (transitively) of this link, which would make a PART_OF cycle.
RETURN EXISTS { MATCH (:Link {id: $id}) } AS exists,
  [c IN $clusters WHERE NOT EXISTS { MATCH (:Cluster {id: c}) }] AS missingClusters,
  ($parent IS NULL OR EXISTS { MATCH (:Link {id: $parent}) }) AS parentExists,
  ($parent IS NOT NULL AND EXISTS { MATCH (:Link {id: $parent})-[:PART_OF*1..]->(:Link {id: $id}) }) AS parentCycle
