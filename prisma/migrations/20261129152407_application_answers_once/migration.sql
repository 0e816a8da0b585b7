-- An application's name and professional field are columns of their own; its JSON of answers
-- held a second copy of them that nothing read (the columns always won). Keep each once.
UPDATE "Application"
SET "profile" = "profile" - 'name' - 'fieldKey'
WHERE jsonb_typeof("profile") = 'object' AND ("profile" ? 'name' OR "profile" ? 'fieldKey');
