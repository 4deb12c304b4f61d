import { withRoute } from "@/lib/api/with-route";
import { getOpenApiDocument } from "@/lib/openapi/document";

/** The OpenAPI 3.1 document of this API, generated from its zod schemas (rendered at /api-docs). */
export const GET = withRoute({ auth: "none" }, () => getOpenApiDocument());
