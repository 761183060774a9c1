RETURN EXISTS { MATCH (:Link {id: $from}) } AS fromExists, EXISTS { MATCH (:Link {id: $to}) } AS toExists
