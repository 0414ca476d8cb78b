-- DropIndex
DROP INDEX "OutreachAttempt_ownerId_sentAt_idx";

-- DropIndex
DROP INDEX "Meeting_contactId_idx";

-- CreateIndex
CREATE INDEX "OutreachAttempt_ownerId_sentAt_kind_replyStatus_repliedAt_idx" ON "OutreachAttempt"("ownerId", "sentAt", "kind", "replyStatus", "repliedAt");

-- CreateIndex
CREATE INDEX "Meeting_contactId_ownerId_status_doneAt_idx" ON "Meeting"("contactId", "ownerId", "status", "doneAt");

-- CreateIndex
CREATE INDEX "Meeting_ownerId_status_doneAt_idx" ON "Meeting"("ownerId", "status", "doneAt");
