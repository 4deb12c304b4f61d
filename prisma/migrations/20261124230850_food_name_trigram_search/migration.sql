-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Food_name_trgm_idx" ON "Food" USING GIN ("name" gin_trgm_ops);
