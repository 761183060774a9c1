// Only enterprise names are searched; indexing every link and cluster name in Lucene made bulk imports of
// large chains (tens of thousands of links) about a third slower for no query. Same analyzer as before.
DROP INDEX name_search IF EXISTS;
CREATE FULLTEXT INDEX enterprise_name_search IF NOT EXISTS FOR (n:Enterprise) ON EACH [n.name, n.nameEn]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
