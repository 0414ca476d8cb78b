-- AlterEnum
ALTER TYPE "Rsvp" ADD VALUE 'MAYBE';

-- CreateIndex
CREATE UNIQUE INDEX "Contact_ownerId_sharedContactId_key" ON "Contact"("ownerId", "sharedContactId");
