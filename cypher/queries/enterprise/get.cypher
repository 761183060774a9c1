// One enterprise with the links it operates in (with share), and its suppliers and customers grouped by the
// link whose product is traded (the service orders the partners by pinyin name).
MATCH (e:Enterprise {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[o:OPERATES_IN]->(l:Link)
  WITH l, o ORDER BY CASE l.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 ELSE 2 END, l.id
  RETURN collect(l {.id, .name, .nameEn, .stage, share: o.share}) AS operates
}
CALL (e) {
  OPTIONAL MATCH (s:Enterprise)-[r:SUPPLIES]->(e)
  WITH r.link AS link, collect(s {.id, .name, .local}) AS enterprises
  OPTIONAL MATCH (x:Link {id: link})
  WITH link, x.name AS linkName, enterprises ORDER BY link
  RETURN collect(CASE WHEN link IS NULL THEN null ELSE {link: link, linkName: linkName, enterprises: enterprises} END) AS suppliers
}
CALL (e) {
  OPTIONAL MATCH (e)-[r:SUPPLIES]->(b:Enterprise)
  WITH r.link AS link, collect(b {.id, .name, .local}) AS enterprises
  OPTIONAL MATCH (x:Link {id: link})
  WITH link, x.name AS linkName, enterprises ORDER BY link
  RETURN collect(CASE WHEN link IS NULL THEN null ELSE {link: link, linkName: linkName, enterprises: enterprises} END) AS customers
}
RETURN e {.*, operates: operates, suppliers: suppliers, customers: customers} AS enterprise
