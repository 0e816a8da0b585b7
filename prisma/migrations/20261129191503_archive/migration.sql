-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- raw SQL: nobody is added to an archived cohort, or to a cohort of an archived programme
-- (docs/decisions/0012). The share lock on the cohort's row waits for an archiving under way, which
-- holds the row (FOR UPDATE) while it counts the cohort's people; the check after it reads what that
-- archiving committed. Each statement of the function reads afresh.
CREATE FUNCTION "refuse_archived_cohort"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Cohort" WHERE "id" = NEW."cohortId" FOR SHARE;
  IF EXISTS (
    SELECT 1 FROM "Cohort" c JOIN "Programme" p ON p."id" = c."programmeId"
    WHERE c."id" = NEW."cohortId" AND (c."archivedAt" IS NOT NULL OR p."archivedAt" IS NOT NULL)
  ) THEN
    RAISE EXCEPTION 'The cohort % is archived: nobody is added to it.', NEW."cohortId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Participation_not_in_archived_cohort" BEFORE INSERT ON "Participation"
  FOR EACH ROW EXECUTE FUNCTION "refuse_archived_cohort"();
CREATE TRIGGER "Application_not_in_archived_cohort" BEFORE INSERT ON "Application"
  FOR EACH ROW EXECUTE FUNCTION "refuse_archived_cohort"();
