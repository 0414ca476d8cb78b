-- Written by hand: no schema change, only the recount's definition and what triggers it.
--
-- A chapter's group meeting is done with the professional too, for each member who went (RSVP going,
-- with their own contact for the professional): the progress metrics count it for them, and by
-- thankYouStates' rule a thank-you belongs to that contact's latest meeting done at or before it,
-- group meetings included. The stored "thankYouSentAt" of a student's own meeting with that contact
-- followed only their own meetings, so a thank-you for the group meeting that came after was stored as
-- the earlier one-to-one meeting's (late, where it is still owed). The recount now reads both kinds of
-- meeting done; a group meeting has no stored time of its own (the metrics find its attendees' first
-- thank-yous), so a thank-you that belongs to one sets no own meeting's.
--
-- The recount's locks (migration meeting_thank_you_recount_lock) also change here: one lock per
-- contact ran the lock table out of shared memory ("out of shared memory", max_locks_per_transaction)
-- for a statement writing thousands of contacts' meetings or thank-yous at once (a restored archive,
-- the benchmark's seed, a backfill). Every recount now takes one shared lock on the whole recount,
-- then its contacts' locks; a recount of more than 64 contacts instead takes that one lock
-- exclusively, which waits for every smaller recount under way and holds off new ones, so it needs
-- no lock per contact. Bulk writes are rare and short; the everyday write recounts one contact.
CREATE OR REPLACE FUNCTION "meeting_thank_you_recount"(contacts text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(DISTINCT c) FROM unnest(contacts) c) > 64 THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('meeting_thank_you_recount:*', 0));
  ELSE
    PERFORM pg_advisory_xact_lock_shared(hashtextextended('meeting_thank_you_recount:*', 0));
    PERFORM pg_advisory_xact_lock(hashtextextended('meeting_thank_you_recount:' || c.id, 0))
    FROM (SELECT DISTINCT unnest(contacts) AS id ORDER BY 1) c;
  END IF;
  -- The contacts as a set joined to, and each thank-you's meeting (the latest done at or before it)
  -- looked up for that thank-you alone, from the indexes that start with its contact (a meeting)
  -- or its owner (an attendance): a plan over whole tables, chosen on the statistics of tables being
  -- filled, scanned every thank-you of an owner for each of their meetings, n² for a bulk write
  -- (minutes for a restore or the benchmark's seed).
  WITH ids AS MATERIALIZED (SELECT DISTINCT unnest(contacts) AS id)
  UPDATE "Meeting" m SET "thankYouSentAt" = s.sent
  FROM (
    SELECT d.id, f."firstSent" AS sent
    FROM ids JOIN "Meeting" d ON d."contactId" = ids.id
    LEFT JOIN (
      SELECT t."ownerId", t."contactId", t."doneAt", min(t."sentAt") AS "firstSent"
      FROM (
        SELECT o."ownerId", o."contactId", o."sentAt", latest."doneAt"
        FROM ids JOIN "OutreachAttempt" o ON o."contactId" = ids.id AND o.kind = 'THANK_YOU'
        CROSS JOIN LATERAL (
          SELECT max(x."doneAt") AS "doneAt"
          FROM (
            -- By contact alone (a contact's meetings are all its owner's): the (ownerId, …) index
            -- would read every meeting of the owner's up to the thank-you.
            (SELECT n."doneAt" FROM "Meeting" n
             WHERE n."contactId" = o."contactId" AND n.status = 'DONE' AND n."doneAt" <= o."sentAt"
             ORDER BY n."doneAt" DESC LIMIT 1)
            UNION ALL
            SELECT g."doneAt"
            FROM "MeetingAttendee" a JOIN "Meeting" g ON g.id = a."meetingId" AND g.status = 'DONE' AND g."contactId" IS NULL
            WHERE a."userId" = o."ownerId" AND a."contactId" = o."contactId" AND a.rsvp = 'GOING' AND g."doneAt" <= o."sentAt"
          ) x
        ) latest
        WHERE latest."doneAt" IS NOT NULL
      ) t
      GROUP BY t."ownerId", t."contactId", t."doneAt"
    ) f ON d.status = 'DONE' AND f."ownerId" = d."ownerId" AND f."contactId" = d."contactId" AND f."doneAt" = d."doneAt"
  ) s
  WHERE m.id = s.id AND m."thankYouSentAt" IS DISTINCT FROM s.sent;
END
$$;

-- A group meeting marked done, undone or given another end moves its attendees' contacts' thank-yous:
-- recount those contacts too. Otherwise as before (migration meeting_thank_you_sent_at).
CREATE OR REPLACE FUNCTION "meeting_keeps_thank_you"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  contacts text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n."contactId") INTO contacts FROM new_rows n
    WHERE n."contactId" IS NOT NULL AND (n.status = 'DONE' OR n."thankYouSentAt" IS NOT NULL);
  ELSIF TG_OP = 'UPDATE' THEN
    -- The rows whose status, end, contact or owner changed, as they were and as they are: EXCEPT
    -- compares whole rows by hashing, where joining the two transition tables on id looped over
    -- every pair (a recount writing thousands of meetings fires this with thousands of rows).
    WITH changed AS (
      (SELECT id, status, "doneAt", "contactId", "ownerId" FROM new_rows
       EXCEPT SELECT id, status, "doneAt", "contactId", "ownerId" FROM old_rows)
      UNION ALL
      (SELECT id, status, "doneAt", "contactId", "ownerId" FROM old_rows
       EXCEPT SELECT id, status, "doneAt", "contactId", "ownerId" FROM new_rows)
    )
    SELECT array_agg(DISTINCT c.id) INTO contacts
    FROM (
      SELECT "contactId" AS id FROM changed
      UNION ALL
      -- A group meeting (no contact) done, undone or given another end: its attendees' contacts.
      SELECT a."contactId" FROM changed JOIN "MeetingAttendee" a ON a."meetingId" = changed.id WHERE changed."contactId" IS NULL
    ) c
    WHERE c.id IS NOT NULL;
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

-- An attendance added, removed, or changed (going or not, whose contact): its contacts' recount. A
-- group meeting deleted takes its attendances with it (cascade), which lands here.
CREATE FUNCTION "attendance_keeps_thank_you"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  contacts text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n."contactId") INTO contacts FROM new_rows n WHERE n."contactId" IS NOT NULL AND n.rsvp = 'GOING';
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT v.id) INTO contacts
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o."contactId"), (n."contactId")) AS v(id)
    WHERE v.id IS NOT NULL AND (o.rsvp = 'GOING' OR n.rsvp = 'GOING')
      AND (o.rsvp IS DISTINCT FROM n.rsvp OR o."contactId" IS DISTINCT FROM n."contactId"
           OR o."userId" IS DISTINCT FROM n."userId" OR o."meetingId" IS DISTINCT FROM n."meetingId");
  ELSE
    SELECT array_agg(DISTINCT o."contactId") INTO contacts FROM old_rows o WHERE o."contactId" IS NOT NULL AND o.rsvp = 'GOING';
  END IF;
  IF contacts IS NOT NULL THEN
    PERFORM "meeting_thank_you_recount"(contacts);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "MeetingAttendee_thankYou_insert" AFTER INSERT ON "MeetingAttendee"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_keeps_thank_you"();
CREATE TRIGGER "MeetingAttendee_thankYou_update" AFTER UPDATE ON "MeetingAttendee"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_keeps_thank_you"();
CREATE TRIGGER "MeetingAttendee_thankYou_delete" AFTER DELETE ON "MeetingAttendee"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_keeps_thank_you"();

-- The own meetings of every contact that has been to a group meeting, recounted once.
SELECT "meeting_thank_you_recount"(array_agg(DISTINCT "contactId")) FROM "MeetingAttendee" WHERE "contactId" IS NOT NULL AND rsvp = 'GOING';
