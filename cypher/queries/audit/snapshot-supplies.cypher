// Whether $supplier supplies $buyer with the product of link $link.
OPTIONAL MATCH (:Enterprise {id: $supplier})-[r:SUPPLIES {link: $link}]->(:Enterprise {id: $buyer})
RETURN CASE WHEN r IS NULL THEN null ELSE {supplier: $supplier, buyer: $buyer, link: $link} END AS state,
       COLLECT { MATCH (:Link {id: $link})<-[:HAS_LINK]-(c:Cluster) RETURN c.id ORDER BY c.id } AS clusters
