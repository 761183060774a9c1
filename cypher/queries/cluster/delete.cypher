// Deletes a cluster with what belongs to it alone:
// - its targets and measures (OF_CLUSTER), and its teams and projects (IN_CLUSTER) unless they are also in
//   another cluster (then only their IN_CLUSTER relationship to this cluster goes);
// - the links of no other cluster, with all their relationships (FEEDS, PART_OF, OPERATES_IN, FOR_LINK) and the
//   SUPPLIES relationships that name them; links shared with another cluster stay (only HAS_LINK goes).
// Enterprises are zone entities and are never deleted.
MATCH (c:Cluster {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_LINK]->(l:Link)
  WHERE NOT EXISTS { (l)<-[:HAS_LINK]-(other:Cluster) WHERE other <> c }
  RETURN collect(l) AS exclusive
}
CALL (c) {
  OPTIONAL MATCH (x)-[:OF_CLUSTER]->(c)
  WHERE x:Target OR x:Measure
  RETURN collect(x) AS owned
}
CALL (c) {
  OPTIONAL MATCH (x)-[:IN_CLUSTER]->(c)
  WHERE (x:Team OR x:Project) AND NOT EXISTS { (x)-[:IN_CLUSTER]->(other:Cluster) WHERE other <> c }
  RETURN collect(x) AS members
}
WITH c, exclusive, owned + members AS dependants, [l IN exclusive | l.id] AS linkIds
CALL (linkIds) {
  MATCH ()-[s:SUPPLIES]->()
  WHERE s.link IN linkIds
  DELETE s
}
FOREACH (n IN exclusive | DETACH DELETE n)
FOREACH (n IN dependants | DETACH DELETE n)
DETACH DELETE c
RETURN size(exclusive) AS links, size(dependants) AS dependants
