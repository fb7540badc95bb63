-- Free-text search over sentences. The indexed text is prepared in C# (SearchText.IndexForm: normalised, each
-- Arabic word with its stems) and queries the same way (SearchText.QueryTerms), so "الرقه" finds "والرقة".
CREATE VIRTUAL TABLE sentence_search USING fts5 (text, content = '', tokenize = 'unicode61 remove_diacritics 2');
