-- Import warnings stored as English sentences, before warnings had codes, become the code and its
-- values separated by tabs, as PlanFlow stores them now; the rules are the sentences PlanFlow wrote.
DO $$
DECLARE
    rule record;
BEGIN
    FOR rule IN SELECT * FROM (VALUES
        ('^Unit not found in the district: (.*)$', 'UNIT_NOT_FOUND' || chr(9) || '\1'),
        ('^Breakdown item ([0-9]+) names no lead unit: (.*)$', 'ITEM_WITHOUT_LEAD_UNIT' || chr(9) || '\1' || chr(9) || '\2'),
        ('^No title line found: the file name is used as the title$', 'NO_TITLE_LINE'),
        ('^Imported the plan carried by the notice (.*); the notice''s own text was left out$',
         'NOTICE_TEXT_LEFT_OUT' || chr(9) || '\1'),
        ('^Imported the plan carried by the notice (.*); its title line was not found, so the notice''s text is kept at the start$',
         'NOTICE_TEXT_KEPT' || chr(9) || '\1'),
        ('^The document is marked (.*) \(a draft\); the mark is left out of the title$', 'DRAFT_MARK' || chr(9) || '\1'),
        ('^Left out a line that is not part of the plan: (.*)$', 'LINE_LEFT_OUT' || chr(9) || '\1'),
        ('^Left out a summary line that repeats the beginning of the text: (.*)$', 'SUMMARY_LEFT_OUT' || chr(9) || '\1'),
        ('^Joined ([0-9]+) lines numbered 1、 to [0-9]+、 as pieces of one text \(pages of a web copy\)$',
         'PAGES_JOINED' || chr(9) || '\1'),
        ('^Breakdown table row ([0-9]+) names no task and was left out$', 'TABLE_ROW_WITHOUT_TASK' || chr(9) || '\1'),
        ('^Breakdown table row ([0-9]+): the score ''(.*)'' is not a number; it was left empty$',
         'TABLE_ROW_BAD_SCORE' || chr(9) || '\1' || chr(9) || '\2'),
        ('^Breakdown table row ([0-9]+): the due date ''(.*)'' is not a date such as 2026-06-30; it was left empty$',
         'TABLE_ROW_BAD_DATE' || chr(9) || '\1' || chr(9) || '\2')
    ) AS rules (pattern, replacement)
    LOOP
        UPDATE plan SET import_warnings = regexp_replace(import_warnings, rule.pattern, rule.replacement, 'gn')
        WHERE import_warnings ~ ('(?n)' || rule.pattern);
    END LOOP;
    -- A line without a code cannot be worded or read back; PlanFlow never wrote any other sentence.
    UPDATE plan SET import_warnings = NULLIF(regexp_replace(
            regexp_replace(import_warnings, '^(?![A-Z][A-Z0-9_]*(\t|$)).*(\n|$)', '', 'gn'), '\n+$', ''), '')
    WHERE import_warnings IS NOT NULL;
END $$;
