// better-auth's own endpoints that NutriWeek's pages use, documented with better-auth's body schemas.
import { signInEmail, signUpEmail } from "better-auth/api";
import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiResponseObject } from "zod-openapi";
import { errorResponse, json, ok, signedIn, TAGS } from "@/lib/openapi/responses";
import { ZAuthErrorSchema } from "@/lib/schemas/api-responses";

/** better-auth's own zod schema of an endpoint's body, so the documented body follows its upgrades. */
const authBody = (endpoint: { options: { body: z.ZodType } }, description: string) => ({
  required: true,
  description,
  content: json(endpoint.options.body),
});

const authRefused = ok(
  "Refused; `code` says why (invalid email or password, account exists, ...).",
  ZAuthErrorSchema,
);
const authRateLimited: ZodOpenApiResponseObject = {
  ...ok("Too many attempts from this address; try again later.", ZAuthErrorSchema),
  headers: z.object({ "X-Retry-After": z.string().meta({ description: "Seconds to wait." }) }),
};

/** better-auth's answers to an email and password: the session cookie, a refusal, the rate limit. */
const credentialResponses = (done: string) => ({
  200: { description: `${done}: sets the session cookie. The body is better-auth's.` },
  "4XX": authRefused,
  429: authRateLimited,
});

function betterAuthOperation(operation: ZodOpenApiOperationObject): ZodOpenApiOperationObject {
  return {
    ...operation,
    // proxy.ts refuses an oversized body before better-auth reads it, in our error shape.
    ...(operation.requestBody && {
      responses: { ...operation.responses, 413: errorResponse("PAYLOAD_TOO_LARGE") },
    }),
    tags: [TAGS.auth],
    description: [operation.description, "Served by better-auth (`app/api/auth/[...all]`)."]
      .filter(Boolean)
      .join(" "),
  };
}

export const authPaths: ZodOpenApiPathsObject = {
  "/api/auth/sign-up/email": {
    post: betterAuthOperation({
      operationId: "signUpEmail",
      summary: "Create an account and sign in",
      description:
        "NutriWeek accepts passwords of 8 to 128 characters that are not among the most common ones.",
      requestBody: authBody(signUpEmail(), "Name, email and password; better-auth accepts more fields."),
      responses: credentialResponses("Signed up and in"),
    }),
  },
  "/api/auth/sign-in/email": {
    post: betterAuthOperation({
      operationId: "signInEmail",
      summary: "Sign in",
      requestBody: authBody(signInEmail(), "Email and password."),
      responses: credentialResponses("Signed in"),
    }),
  },
  "/api/auth/sign-out": {
    post: betterAuthOperation({
      operationId: "signOut",
      summary: "Sign out",
      description: "Ends the session in the database and clears the cookie.",
      security: signedIn,
      responses: { 200: { description: "Signed out." } },
    }),
  },
  "/api/auth/get-session": {
    get: betterAuthOperation({
      operationId: "getSession",
      summary: "The current session",
      responses: {
        200: {
          description: "The session and its user as better-auth reports them, or null when signed out.",
        },
      },
    }),
  },
};
