import { withRoute } from "@/lib/api/with-route";
import { AppError } from "@/lib/errors/app-error";
import type { TProfileResponse } from "@/lib/schemas/api-responses";
import { ZProfileSchema } from "@/lib/schemas/profile";
import { getProfile } from "@/lib/services/profile/get-profile";
import { saveProfile } from "@/lib/services/profile/save-profile";

/** The signed-in user's profile; 404 until one is saved. */
export const GET = withRoute({ auth: "required" }, async ({ user }) => {
  const stored = await getProfile(user.id);
  if (!stored) throw new AppError("NOT_FOUND", "No profile yet: PUT one first.");
  return stored satisfies TProfileResponse;
});

/** Saves the profile (the profile form's fields as JSON) as a new version. */
export const PUT = withRoute({ auth: "required", body: ZProfileSchema }, async ({ user, body }) => {
  const version = await saveProfile(user.id, body);
  return { version, profile: body } satisfies TProfileResponse;
});
