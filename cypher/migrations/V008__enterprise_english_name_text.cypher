// English names searched by substring from an index, as Chinese names are (enterprise_name_text, V001): a search
// whose text is Chinese characters only finds its substring matches by both indexes instead of reading every
// enterprise's names (enterprise/search-ranked).
CREATE TEXT INDEX enterprise_name_en_text IF NOT EXISTS FOR (n:Enterprise) ON (n.nameEn);
