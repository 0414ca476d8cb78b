-- DropIndex
DROP INDEX "Meeting_ownerId_status_doneAt_idx";

-- CreateIndex
CREATE INDEX "Meeting_ownerId_status_doneAt_contactId_thankYouSentAt_idx" ON "Meeting"("ownerId", "status", "doneAt", "contactId", "thankYouSentAt");
