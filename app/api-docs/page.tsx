import type { Metadata } from "next";
import { CodeText } from "@/components/api-docs/code-text";
import { MethodBadge, OperationCard } from "@/components/api-docs/operation-card";
import { schemaAnchor, SchemaView } from "@/components/api-docs/schema-view";
import { Card } from "@/components/ui/card";
import { getOpenApiDocument } from "@/lib/openapi/document";
import { listOperations } from "@/lib/openapi/operations";

export const metadata: Metadata = { title: "API" };

const OPENAPI_URL = "/api/openapi.json";
const tagAnchor = (tag: string) =>
  `tag-${tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;

/** The OpenAPI document at /api/openapi.json, readable: endpoints by tag, then the shared schemas. */
export default function ApiDocsPage() {
  const document = getOpenApiDocument();
  const operations = listOperations(document);
  const tags = (document.tags ?? []).map((tag) => ({
    ...tag,
    operations: operations.filter(({ operation }) => operation.tags?.[0] === tag.name),
  }));
  const securitySchemes = Object.entries(document.components?.securitySchemes ?? {});
  const schemas = Object.entries(document.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));

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

      <nav aria-labelledby="endpoints" className="space-y-3">
        <h2 id="endpoints" className="text-lg font-semibold">
          Endpoints
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {tags.map((tag) => (
            <div key={tag.name} className="space-y-1">
              <h3 className="text-sm font-semibold">
                <a href={`#${tagAnchor(tag.name)}`} className="hover:underline">
                  {tag.name}
                </a>
              </h3>
              <ul className="space-y-1">
                {tag.operations.map(({ path, method, operation }) => (
                  <li key={`${method} ${path}`}>
                    <a
                      href={`#${operation.operationId}`}
                      className="flex items-center gap-2 rounded-md text-sm hover:bg-muted"
                    >
                      <MethodBadge method={method} />
                      <code className="min-w-0 break-all">{path}</code>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </nav>

      <section id="authentication" aria-labelledby="authentication-heading" className="max-w-3xl space-y-2">
        <h2 id="authentication-heading" className="text-lg font-semibold">
          Authentication
        </h2>
        {securitySchemes.map(([name, scheme]) => (
          <p key={name} className="text-sm">
            {"in" in scheme && "name" in scheme && (
              <>
                A cookie, <code className="rounded bg-muted px-1">{scheme.name}</code>.{" "}
              </>
            )}
            {"description" in scheme && scheme.description && <CodeText text={scheme.description} />}
          </p>
        ))}
      </section>

      {tags.map((tag) => (
        <section key={tag.name} aria-labelledby={tagAnchor(tag.name)} className="space-y-3">
          <div className="space-y-1">
            <h2 id={tagAnchor(tag.name)} className="scroll-mt-4 text-lg font-semibold">
              {tag.name}
            </h2>
            {tag.description && (
              <p className="text-sm text-muted-foreground">
                <CodeText text={tag.description} />
              </p>
            )}
          </div>
          {tag.operations.map((entry) => (
            <OperationCard key={`${entry.method} ${entry.path}`} {...entry} />
          ))}
        </section>
      ))}

      <section aria-labelledby="schemas" className="space-y-3">
        <h2 id="schemas" className="text-lg font-semibold">
          Schemas
        </h2>
        <p className="text-sm text-muted-foreground">Shapes the endpoints above refer to by name.</p>
        {/* Columns, not a grid: schemas differ in height by a factor of fifty. */}
        <div className="gap-3 lg:columns-2">
          {schemas.map(([name, schema]) => (
            <Card
              key={name}
              id={schemaAnchor(name)}
              className="mb-3 min-w-0 break-inside-avoid scroll-mt-4 space-y-2"
            >
              <h3 className="font-semibold">
                <code>{name}</code>
              </h3>
              <SchemaView schema={schema} />
            </Card>
          ))}
        </div>
      </section>
    </div>
  );
}
