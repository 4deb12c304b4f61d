import type { LessOftenQuestion as Question } from "@/lib/nutrition/memory/ratings";
import { Card } from "@/components/ui/card";
import { ApiButton } from "@/components/memory/api-button";

/** "Show it less often?" after a dish was swapped away twice in a row: asked once, yes rates it dislike. */
export function LessOftenQuestion({ question }: { question: Question }) {
  const url = `/api/recipes/${question.recipeId}/less-often`;
  return (
    <Card role="status" className="space-y-2" data-testid="less-often-question">
      <p className="font-medium">
        You swapped {question.recipeName} away twice in a row. Show it less often?
      </p>
      <div className="flex flex-wrap gap-2">
        <ApiButton
          requests={[{ method: "PUT", url, body: { lessOften: true } }]}
          label="Yes, less often"
          variant="default"
          testId="less-often-yes"
        />
        <ApiButton
          requests={[{ method: "PUT", url, body: { lessOften: false } }]}
          label="No, keep it as it is"
          testId="less-often-no"
        />
      </div>
    </Card>
  );
}
