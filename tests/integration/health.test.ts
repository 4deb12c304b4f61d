import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { checkHealth } from "@/lib/services/health/check-health";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

describe.each(testDatabaseKinds())("health check on %s", (kind) => {
  const db = useTestDatabase(kind);

  it("is ok when the database answers", async () => {
    const report = await checkHealth(() => Promise.resolve(db));
    expect(report).toMatchObject({ status: "ok", database: "ok", ms: expect.any(Number) });
  });
});

describe("health check without a database", () => {
  it("reports an error when the database cannot be opened", async () => {
    const report = await checkHealth(() => Promise.reject(new Error("connection refused")));
    expect(report).toMatchObject({ status: "error", database: "error" });
    expect(report.status === "error" && report.error).toContain("connection refused");
  });

  it("reports an error when the database does not answer in time", async () => {
    const report = await checkHealth(() => new Promise<Database>(() => {}), 50);
    expect(report.status === "error" && report.error).toContain("no answer within 50 ms");
  });
});
