-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "thankYouSentAt" TIMESTAMP(3);

-- Written by hand below: what schema.prisma cannot say.

-- The given contacts' meetings, recounted: each thank-you belongs to the contact's latest meeting
-- done at or before it, and a done meeting's thank-you is the first that belongs to it
-- (thankYouStates in lib/domain/metrics.ts); any other meeting has none. Set-based (two hash joins),
-- so a bulk insert or the backfill below is one pass, not one lookup per row. Only rows whose value
-- changes are written.
CREATE FUNCTION "meeting_thank_you_recount"(contacts text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Meeting" m SET "thankYouSentAt" = s.sent
  FROM (
    SELECT d.id, f."firstSent" AS sent
    FROM "Meeting" d
    LEFT JOIN (
      SELECT t."ownerId", t."contactId", t."doneAt", min(t."sentAt") AS "firstSent"
      FROM (
        SELECT o."ownerId", o."contactId", o."sentAt", max(n."doneAt") AS "doneAt"
        FROM "OutreachAttempt" o
        JOIN "Meeting" n ON n."contactId" = o."contactId" AND n."ownerId" = o."ownerId"
         AND n.status = 'DONE' AND n."doneAt" <= o."sentAt"
        WHERE o."contactId" = ANY(contacts) AND o.kind = 'THANK_YOU'
        GROUP BY o.id, o."ownerId", o."contactId", o."sentAt"
      ) t
      GROUP BY t."ownerId", t."contactId", t."doneAt"
    ) f ON d.status = 'DONE' AND f."ownerId" = d."ownerId" AND f."contactId" = d."contactId" AND f."doneAt" = d."doneAt"
    WHERE d."contactId" = ANY(contacts)
  ) s
  WHERE m.id = s.id AND m."thankYouSentAt" IS DISTINCT FROM s.sent;
$$;

-- Statement-level triggers with transition tables: one recount per statement for the contacts it
-- touched. The recount's own UPDATE fires the Meeting trigger again, but changes none of the columns
-- compared below, so that second call finds nothing to do and writes nothing: no recursion. Two
-- writers logging thank-yous for the same contact at the same instant could each miss the other's
-- row; the next write to that contact's meetings or thank-yous recounts it.
CREATE FUNCTION "meeting_keeps_thank_you"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  contacts text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n."contactId") INTO contacts FROM new_rows n
    WHERE n."contactId" IS NOT NULL AND (n.status = 'DONE' OR n."thankYouSentAt" IS NOT NULL);
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT c.id) INTO contacts
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o."contactId"), (n."contactId")) AS c(id)
    WHERE c.id IS NOT NULL
      AND (o.status IS DISTINCT FROM n.status OR o."doneAt" IS DISTINCT FROM n."doneAt"
           OR o."contactId" IS DISTINCT FROM n."contactId" OR o."ownerId" IS DISTINCT FROM n."ownerId");
  ELSE
    SELECT array_agg(DISTINCT o."contactId") INTO contacts FROM old_rows o WHERE o."contactId" IS NOT NULL AND o.status = 'DONE';
  END IF;
  -- A meeting without a contact (a chapter's group meeting, or one whose contact was unset) owes none.
  -- (Nested: a DELETE trigger has no new_rows to ask about.)
  IF TG_OP <> 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM new_rows n WHERE n."contactId" IS NULL AND n."thankYouSentAt" IS NOT NULL) THEN
      UPDATE "Meeting" m SET "thankYouSentAt" = NULL FROM new_rows n WHERE m.id = n.id AND n."contactId" IS NULL;
    END IF;
  END IF;
  IF contacts IS NOT NULL THEN
    PERFORM "meeting_thank_you_recount"(contacts);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Meeting_thankYouSentAt_insert" AFTER INSERT ON "Meeting"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "meeting_keeps_thank_you"();
CREATE TRIGGER "Meeting_thankYouSentAt_update" AFTER UPDATE ON "Meeting"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "meeting_keeps_thank_you"();
CREATE TRIGGER "Meeting_thankYouSentAt_delete" AFTER DELETE ON "Meeting"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "meeting_keeps_thank_you"();

CREATE FUNCTION "thank_you_keeps_meeting"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  contacts text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n."contactId") INTO contacts FROM new_rows n WHERE n.kind = 'THANK_YOU';
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT c.id) INTO contacts
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o."contactId"), (n."contactId")) AS c(id)
    WHERE (o.kind = 'THANK_YOU' OR n.kind = 'THANK_YOU')
      AND (o.kind IS DISTINCT FROM n.kind OR o."sentAt" IS DISTINCT FROM n."sentAt"
           OR o."contactId" IS DISTINCT FROM n."contactId" OR o."ownerId" IS DISTINCT FROM n."ownerId");
  ELSE
    SELECT array_agg(DISTINCT o."contactId") INTO contacts FROM old_rows o WHERE o.kind = 'THANK_YOU';
  END IF;
  IF contacts IS NOT NULL THEN
    PERFORM "meeting_thank_you_recount"(contacts);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "OutreachAttempt_thankYou_insert" AFTER INSERT ON "OutreachAttempt"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "thank_you_keeps_meeting"();
CREATE TRIGGER "OutreachAttempt_thankYou_update" AFTER UPDATE ON "OutreachAttempt"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "thank_you_keeps_meeting"();
CREATE TRIGGER "OutreachAttempt_thankYou_delete" AFTER DELETE ON "OutreachAttempt"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "thank_you_keeps_meeting"();

-- The meetings already done, in one pass.
SELECT "meeting_thank_you_recount"(array_agg(DISTINCT "contactId")) FROM "Meeting" WHERE "contactId" IS NOT NULL AND status = 'DONE';
