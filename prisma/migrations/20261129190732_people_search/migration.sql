-- No schema changes. Add hand-written SQL here before applying this migration.
-- Finding people (lib/people): a name or an email is searched as a case-insensitive substring
-- (ILIKE '%text%'), which a B-tree cannot serve. Trigram indexes can, so a search over every
-- account and application stays an index read at 40,000 participants. pg_trgm ships with
-- PostgreSQL and is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "User_name_trgm_idx" ON "User" USING gin ("name" gin_trgm_ops);
CREATE INDEX "User_email_trgm_idx" ON "User" USING gin ("email" gin_trgm_ops);
CREATE INDEX "Application_name_trgm_idx" ON "Application" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Application_email_trgm_idx" ON "Application" USING gin ("email" gin_trgm_ops);
