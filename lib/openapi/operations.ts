// Walking an OpenAPI document: shared by the /api-docs page and the document's tests.
import type { oas31 } from "zod-openapi";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface DocumentedOperation {
  path: string;
  method: HttpMethod;
  operation: oas31.OperationObject;
}

/** Every operation, in the document's path order. */
export function listOperations(document: oas31.OpenAPIObject): DocumentedOperation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ path, method, operation }] : [];
    }),
  );
}

/** "#/components/schemas/Food" -> "Food". */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}
