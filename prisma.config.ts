import { defineConfig } from "prisma/config";

// The CLI only needs the schema path here: the app connects through driver adapters (lib/db/client.ts)
// and migrations are applied by our own runner (ADR 002).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
