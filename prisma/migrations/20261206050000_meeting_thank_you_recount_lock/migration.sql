-- Written by hand: no schema change, only the recount's function.
--
-- Two transactions writing thank-yous (or meetings) for the same contact at the same time could
-- each recount without seeing the other's uncommitted row, and the one committing last wrote its
-- own, wrong, answer: a later thank-you logged at the same instant as an earlier one could be kept as
-- the meeting's first. Each recount now first takes a transaction-level lock per contact (in one
-- order, so two recounts of overlapping contacts cannot deadlock each other), then counts in a
-- statement of its own, whose snapshot is taken after the lock and so sees every transaction that
-- held it before, committed. The lock is held to the end of the writer's transaction.
CREATE OR REPLACE FUNCTION "meeting_thank_you_recount"(contacts text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('meeting_thank_you_recount:' || c.id, 0))
  FROM (SELECT DISTINCT unnest(contacts) AS id ORDER BY 1) c;
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
END
$$;
