-- Workshop minutes were kept as sanitised HTML (paragraphs, lists, emphasis, links, headings); they are now plain
-- text whose blank lines, line breaks and "- " lists are its layout. Turn what was written into that form: block
-- ends become blank lines, <br> a line break, list items "- ", other tags go, the entities Jsoup writes are decoded.
update roundtable_workshop set minutes = nullif(btrim(
	regexp_replace(regexp_replace(regexp_replace(
	replace(replace(replace(replace(replace(replace(
	regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(minutes,
		'</li>\s*', '', 'gi'),
		'<li[^>]*>', E'\n- ', 'gi'),
		'<br\s*/?>', E'\n', 'gi'),
		'</(p|h2|h3|h4|ul|ol|blockquote|pre)>', E'\n\n', 'gi'),
		'<[^>]+>', '', 'g'),
	'&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'),
		'[ \t]+\n', E'\n', 'g'),
		E'\n[ \t]+', E'\n', 'g'),
		E'\n{3,}', E'\n\n', 'g'),
	E' \n\t'), '')
where minutes is not null and minutes ~ '<[a-zA-Z/]';
