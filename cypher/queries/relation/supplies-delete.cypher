MATCH (:Enterprise {id: $supplier})-[r:SUPPLIES {link: $link}]->(:Enterprise {id: $buyer})
DELETE r
RETURN count(r) AS deleted
