// A chief's import: for each row, the first cluster (or link) it touches outside $owned; null when it may be written.
// $rows: [{line, clusters, links, ownLink, enterprise, requireCluster}]: clusters it names; links it relates
// (each must be in one of $owned); a link record's own id (all its clusters must be in $owned); an enterprise
// record's id (every cluster of every link it operates in must be in $owned: otherwise it is shared).
UNWIND $rows AS row
WITH row,
     [c IN row.clusters WHERE NOT c IN $owned] AS named,
     [lid IN row.links WHERE EXISTS { MATCH (:Link {id: lid}) }
        AND NOT EXISTS { MATCH (:Link {id: lid})<-[:HAS_LINK]-(c:Cluster) WHERE c.id IN $owned }] AS foreignLinks,
     COLLECT { MATCH (:Link {id: row.ownLink})<-[:HAS_LINK]-(c:Cluster) WHERE NOT c.id IN $owned RETURN c.id } AS linkForeign,
     COLLECT { MATCH (:Enterprise {id: row.enterprise})-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(c:Cluster)
               WHERE NOT c.id IN $owned RETURN DISTINCT c.id } AS enterpriseForeign
RETURN row.line AS line, CASE
         WHEN row.requireCluster AND size(row.clusters) = 0 THEN 'none:'
         WHEN size(named) > 0 THEN 'cluster:' + named[0]
         WHEN size(linkForeign) > 0 THEN 'cluster:' + linkForeign[0]
         WHEN size(enterpriseForeign) > 0 THEN 'cluster:' + enterpriseForeign[0]
         WHEN size(foreignLinks) > 0 THEN 'link:' + foreignLinks[0]
         ELSE null END AS refusal
