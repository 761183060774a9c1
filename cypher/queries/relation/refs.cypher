// Which of the referenced enterprises and link exist (parameters may be null).
RETURN EXISTS { MATCH (:Enterprise {id: $supplier}) } AS supplierExists,
  EXISTS { MATCH (:Enterprise {id: $buyer}) } AS buyerExists,
  EXISTS { MATCH (:Enterprise {id: $enterprise}) } AS enterpriseExists,
  EXISTS { MATCH (:Link {id: $link}) } AS linkExists
