import type { Metadata } from "next";
import {
  Authentication,
  EndpointIndex,
  SchemaList,
  TagSection,
} from "@/components/api-docs/api-docs-sections";
import { CodeText } from "@/components/api-docs/code-text";
import { getOpenApiDocument } from "@/lib/openapi/document";
import { listOperations } from "@/lib/openapi/operations";

export const metadata: Metadata = { title: "API" };

const OPENAPI_URL = "/api/openapi.json";

/** The OpenAPI document at /api/openapi.json, readable: endpoints by tag, then the shared schemas. */
export default function ApiDocsPage() {
  const document = getOpenApiDocument();
  const operations = listOperations(document);
  const tags = (document.tags ?? []).map((tag) => ({
    ...tag,
    operations: operations.filter(({ operation }) => operation.tags?.[0] === tag.name),
  }));

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold">API</h1>
        {document.info.description && (
          <p className="text-sm">
            <CodeText text={document.info.description} />
          </p>
        )}
        <p className="text-sm text-muted-foreground">
          {document.info.title} {document.info.version}, OpenAPI {document.openapi}, generated from the zod
          schemas the server validates with. Machine-readable:{" "}
          <a href={OPENAPI_URL} className="font-medium text-primary underline underline-offset-2">
            {OPENAPI_URL}
          </a>
          .
        </p>
      </header>
      <EndpointIndex tags={tags} />
      <Authentication document={document} />
      {tags.map((tag) => (
        <TagSection key={tag.name} tag={tag} />
      ))}
      <SchemaList document={document} />
    </div>
  );
}
