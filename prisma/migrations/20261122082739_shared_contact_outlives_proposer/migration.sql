-- DropForeignKey
ALTER TABLE "SharedContact" DROP CONSTRAINT "SharedContact_proposedById_fkey";

-- AlterTable
ALTER TABLE "SharedContact" ALTER COLUMN "proposedById" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "SharedContact" ADD CONSTRAINT "SharedContact_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
