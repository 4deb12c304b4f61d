// One documented operation from what differs between operations: the tag, session and JSON body shape
// that every resource file used to spell out again are filled in here.
import type { z } from "zod";
import type {
  ZodOpenApiOperationObject,
  ZodOpenApiParameters,
  ZodOpenApiPathsObject,
  ZodOpenApiResponsesObject,
} from "zod-openapi";
import { errors, json, signedIn, type ErrorEntry } from "@/lib/openapi/responses";

/** required: the session cookie; optional: public, and personal when signed in (ADR 022); none: public. */
export type SessionUse = "required" | "optional" | "none";

export interface OperationSpec {
  id: string;
  summary: string;
  description?: string;
  session?: SessionUse;
  params?: ZodOpenApiParameters;
  /** A required JSON body; `optionalBody` for one that may be left out. */
  body?: z.ZodType;
  optionalBody?: z.ZodType;
  responses: ZodOpenApiResponsesObject;
  /** The errors of this operation beyond the implied ones (see impliedErrors). */
  errors?: ErrorEntry[];
}

const SECURITY: Record<SessionUse, ZodOpenApiOperationObject["security"]> = {
  required: signedIn,
  optional: [{}, ...signedIn],
  none: undefined,
};

function requestBody(spec: OperationSpec): ZodOpenApiOperationObject["requestBody"] {
  const schema = spec.body ?? spec.optionalBody;
  return schema && { required: spec.body !== undefined, content: json(schema) };
}

/**
 * The errors every operation of its kind can answer, so no path file has to list them: 401 without the
 * required session (withRoute), 400 for params or a body that do not parse, 413 for a body over the
 * proxy's cap. `errors` adds the operation's own and may describe these more specifically.
 */
function impliedErrors(spec: OperationSpec): ErrorEntry[] {
  const hasBody = spec.body !== undefined || spec.optionalBody !== undefined;
  return [
    ...(spec.params || hasBody ? (["INVALID_INPUT"] as const) : []),
    ...((spec.session ?? "required") === "required" ? (["UNAUTHORIZED"] as const) : []),
    ...(hasBody ? (["PAYLOAD_TOO_LARGE"] as const) : []),
  ];
}

export function operation(tag: string, spec: OperationSpec): ZodOpenApiOperationObject {
  const security = SECURITY[spec.session ?? "required"];
  const body = requestBody(spec);
  return {
    tags: [tag],
    operationId: spec.id,
    summary: spec.summary,
    ...(spec.description && { description: spec.description }),
    ...(security && { security }),
    ...(spec.params && { requestParams: spec.params }),
    ...(body && { requestBody: body }),
    responses: { ...spec.responses, ...errors(...impliedErrors(spec), ...(spec.errors ?? [])) },
  };
}

const METHODS = new Set(["get", "put", "post", "patch", "delete"]);
/** Operations keyed by `"METHOD /path"`, e.g. `"GET /api/plans/{id}"`. */
export type ResourceOperations = Record<string, OperationSpec>;

/**
 * The paths of one resource: `{ "GET /api/x": spec }` becomes `{ "/api/x": { get: … } }`, every
 * operation under `tag`.
 */
export function resourcePaths(tag: string, operations: ResourceOperations): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const [key, spec] of Object.entries(operations)) {
    const [method = "", path] = key.split(" ");
    const verb = method.toLowerCase();
    if (!METHODS.has(verb) || !path?.startsWith("/")) throw new Error(`Not "METHOD /path": ${key}`);
    paths[path] = { ...paths[path], [verb]: operation(tag, spec) };
  }
  return paths;
}
