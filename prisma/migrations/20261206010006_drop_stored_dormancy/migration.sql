-- Nothing read these stored copies: dormancy is worked out from the outreach history when a page
-- is read (lib/domain/keep-in-touch.ts, contactDormantSince), and the reply class was never shown.
-- Dropping them loses nothing that cannot be derived again.

-- AlterTable
ALTER TABLE "Contact" DROP COLUMN "dormantAt",
DROP COLUMN "replyClass";

-- DropEnum
DROP TYPE "ReplyClass";
