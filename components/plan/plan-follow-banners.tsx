import type { ActionState } from "@/lib/actions/validated-action";
import { longWeekday } from "@/lib/planner/daily-upper-limits";
import { slotName } from "@/lib/planner/types";
import { ENERGY_TARGET_RAISED, type PlanFollow } from "@/lib/planner/follow-warnings";
import { conflictHeadline, driftSentence } from "@/lib/planner/profile-conflicts";
import { ActionButton } from "@/components/plan/action-button";
import { BuildWeekButton } from "@/components/plan/build-week-button";
import { capitalised } from "@/lib/utils";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type BannerProps = { weekStart: string; follow: PlanFollow; action: Action };

/** The meals that break the profile as it is now, and one action that replaces only them. */
function ConflictsBanner({ weekStart, follow, action }: BannerProps) {
  const { conflicts } = follow;
  return (
    <section
      role="alert"
      aria-labelledby="profile-conflicts"
      data-testid="profile-conflicts"
      className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-4"
    >
      <h2 id="profile-conflicts" className="text-lg font-semibold">
        {conflictHeadline(conflicts)}
      </h2>
      <p className="text-sm">
        Your profile changed after this week was planned. These meals no longer fit it:
      </p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {conflicts.map((conflict) => (
          <li key={`${conflict.day}-${conflict.slot}`}>
            {longWeekday(conflict.day)} {slotName(conflict.slot)}: <strong>{conflict.dishName}</strong> (
            {conflict.reasons.map((reason) => reason.message).join("; ")})
          </li>
        ))}
      </ul>
      <ActionButton
        action={action}
        fields={{ week: weekStart, fix: "conflicts" }}
        label={`Replace ${conflicts.length === 1 ? "this meal" : `these ${conflicts.length} meals`}, keep the rest`}
        pendingLabel="Replacing…"
        testId="fix-conflicts"
      />
    </section>
  );
}

/** The rule the week cannot keep, and one button per relaxation (each for this week only). */
function InfeasibleWeek({ weekStart, follow, action }: BannerProps) {
  const infeasibility = follow.infeasibility!;
  return (
    <section
      aria-labelledby="infeasible-week"
      data-testid="infeasible-week"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="infeasible-week" className="text-lg font-semibold">
        This week cannot keep all your rules
      </h2>
      <p className="text-sm">{infeasibility.message}</p>
      {infeasibility.relaxations.length > 0 ? (
        <>
          <p className="text-sm">For this week only (your profile stays as it is):</p>
          <div className="flex flex-wrap gap-2">
            {infeasibility.relaxations.map((relaxation) => (
              <ActionButton
                key={relaxation.id}
                action={action}
                fields={{ week: weekStart, relax: relaxation.id }}
                label={relaxation.label}
                pendingLabel="Planning again…"
                variant="outline"
                size="sm"
                testId={`relax-${relaxation.id}`}
              />
            ))}
          </div>
        </>
      ) : (
        <p className="text-sm">
          Fewer dislikes or excluded allergens in your profile would give the planner room.
        </p>
      )}
    </section>
  );
}

/**
 * What /plan says above the week when it no longer follows the profile: conflicts (with the one fix),
 * a changed energy target or flag (regenerate), a raised energy target, a rule the week cannot keep.
 */
export function PlanFollowBanners({ weekStart, follow, action }: BannerProps) {
  const raised = follow.warnings.find((warning) => warning.code === ENERGY_TARGET_RAISED);
  return (
    <>
      {follow.conflicts.length > 0 && (
        <ConflictsBanner weekStart={weekStart} follow={follow} action={action} />
      )}
      {follow.drift && (
        <section
          data-testid="profile-drift"
          className="flex flex-wrap items-center gap-3 rounded-lg border p-3 text-sm"
        >
          <p>
            {capitalised(driftSentence(follow.drift))} since this week was planned. Its meals still fit your
            rules.
          </p>
          <BuildWeekButton
            action={action}
            weekStart={weekStart}
            label="Regenerate to follow it"
            variant="outline"
            size="sm"
          />
        </section>
      )}
      {follow.infeasibility && <InfeasibleWeek weekStart={weekStart} follow={follow} action={action} />}
      {raised && (
        <p data-testid="energy-raised" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          <strong>{raised.title}.</strong> {raised.message}
        </p>
      )}
    </>
  );
}
