import type { Metadata } from "next";
import Link from "next/link";
import { PageSection } from "@/components/page-section";
import { ProfileHeader } from "@/components/profile/profile-header";
import { requireUser } from "@/lib/auth/server";
import { listProfileHistory } from "@/lib/services/profile/list-profile-history";
import { MemoryTimeline, PlannedVsEatenWeeks } from "@/components/memory/history-timeline";
import { listMemoryEvents } from "@/lib/services/memory/list-memory-events";
import { listWeeklyCoverage } from "@/lib/services/memory/list-weekly-coverage";

export const metadata: Metadata = { title: "Profile history" };

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export default async function ProfileHistoryPage() {
  const user = await requireUser("/profile/history");
  const [history, events, weeks] = await Promise.all([
    listProfileHistory(user.id),
    listMemoryEvents(user.id),
    listWeeklyCoverage(user.id, 12),
  ]);
  return (
    <div className="space-y-6">
      <ProfileHeader title="Profile history" />
      <PageSection id="planned-eaten" title="Planned and eaten, last 12 weeks">
        <PlannedVsEatenWeeks weeks={weeks} />
      </PageSection>
      <PageSection id="memory-timeline" title="Supplements and ratings">
        <MemoryTimeline events={events} />
      </PageSection>
      <h2 className="text-lg font-semibold">Profile changes</h2>
      {history.length === 0 ? (
        <p>
          No saved profile yet.{" "}
          <Link className="text-primary underline" href="/profile">
            Fill in your profile
          </Link>{" "}
          and every change you save will show here.
        </p>
      ) : (
        <ol className="space-y-4 border-l-2 border-border pl-4" aria-label="Profile changes, newest first">
          {history.map((entry) => (
            <li key={entry.version} data-testid="history-entry">
              <p className="text-sm text-muted-foreground">
                <time dateTime={entry.savedAt.toISOString()}>{dateFormat.format(entry.savedAt)} UTC</time> ·
                version {entry.version}
              </p>
              <ul className="list-disc pl-5">
                {(entry.changes.length ? entry.changes : ["saved without changes"]).map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
