-- Free-text search over sentences. The indexed text is normalised in C# (TextNormalizer) before it is
-- written, and queries are normalised the same way, so "الرقه" finds "الرقة".
CREATE VIRTUAL TABLE sentence_search USING fts5 (text, content = '', tokenize = 'unicode61 remove_diacritics 2');
