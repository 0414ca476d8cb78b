-- DropIndex
DROP INDEX "Contact_ownerId_stage_idx";

-- CreateIndex
CREATE INDEX "Contact_ownerId_stage_reachedStage_archivedAt_idx" ON "Contact"("ownerId", "stage", "reachedStage", "archivedAt");
