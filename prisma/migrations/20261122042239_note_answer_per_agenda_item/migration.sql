-- CreateIndex
CREATE UNIQUE INDEX "Note_ownerId_agendaItemId_kind_key" ON "Note"("ownerId", "agendaItemId", "kind");
