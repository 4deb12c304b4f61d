-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "favouring" JSONB NOT NULL DEFAULT '[]';
