-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Contact_search_trgm_idx" ON "Contact" USING GIN ("name" gin_trgm_ops, "employer" gin_trgm_ops, "title" gin_trgm_ops);
