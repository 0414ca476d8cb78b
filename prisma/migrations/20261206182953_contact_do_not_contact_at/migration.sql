-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "doNotContactAt" TIMESTAMP(3);
