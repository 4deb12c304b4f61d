import { withRoute } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { ZLessOftenAnswerSchema } from "@/lib/schemas/memory";
import { answerLessOften } from "@/lib/services/memory/answer-less-often";

/** The answer to "show it less often?" for a dish swapped away twice in a row. */
export const PUT = withRoute(
  { auth: "required", params: ZIdParamSchema, body: ZLessOftenAnswerSchema },
  async ({ user, params, body }) =>
    answerLessOften(user.id, { recipeId: params.id, lessOften: body.lessOften }),
);
