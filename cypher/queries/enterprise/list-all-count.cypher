// How many enterprises there are: the total of enterprise/list-all, from the database's count store.
MATCH (e:Enterprise)
RETURN count(e) AS total
