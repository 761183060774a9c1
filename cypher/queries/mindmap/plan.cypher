// A cluster's targets, measures, backbone projects and top teams for its mind map, as the graph holds them.
// One row (lists possibly empty); no row for an unknown cluster.
MATCH (c:Cluster {id: $id})
RETURN
  COLLECT { MATCH (t:Target)-[:OF_CLUSTER]->(c)
            RETURN t {.id, .name, .metric, .value, .unit, .year, .description} AS t
            ORDER BY t.year, t.id } AS targets,
  COLLECT { MATCH (m:Measure)-[:OF_CLUSTER]->(c)
            RETURN m {.id, .name, .description} AS m ORDER BY m.id } AS measures,
  COLLECT { MATCH (p:Project)-[:IN_CLUSTER]->(c)
            RETURN p {.id, .name, .investment, .signed, .landed, .producing, .aboveScale,
                      link: [(p)-[:FOR_LINK]->(l:Link) | l {.id, .name}][0],
                      enterprise: [(p)-[:BY]->(e:Enterprise) | e {.id, .name}][0]} AS p
            ORDER BY p.id } AS projects,
  COLLECT { MATCH (t:Team)-[:IN_CLUSTER]->(c)
            RETURN t {.id, .name, .leader, .institution,
                      link: [(t)-[:FOR_LINK]->(l:Link) | l {.id, .name}][0]} AS t
            ORDER BY t.id } AS teams
