// The enterprise figures of a cluster's baseline (底数): distinct local enterprises operating in its links, how
// many of them are 规上 (aboveScale) and head enterprises, and their revenue in total (万元; unknown counts 0).
// No row: unknown cluster.
MATCH (c:Cluster {id: $cluster})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_LINK]->(:Link)<-[:OPERATES_IN]-(e:Enterprise {local: true})
  WITH DISTINCT e
  RETURN count(e) AS localEnterprises,
         count(CASE WHEN e.aboveScale = true THEN e END) AS aboveScaleEnterprises,
         count(CASE WHEN e.head = true THEN e END) AS headEnterprises,
         coalesce(sum(e.revenue), 0.0) AS localRevenue
}
RETURN c.id AS id, c.name AS name, localEnterprises, aboveScaleEnterprises, headEnterprises, localRevenue
