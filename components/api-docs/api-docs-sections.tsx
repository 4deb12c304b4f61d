import { CodeText } from "@/components/api-docs/code-text";
import { MethodBadge, OperationCard } from "@/components/api-docs/operation-card";
import { schemaAnchor, SchemaView } from "@/components/api-docs/schema-view";
import { Card } from "@/components/ui/card";
import type { getOpenApiDocument } from "@/lib/openapi/document";
import type { listOperations } from "@/lib/openapi/operations";

// The blocks of /api-docs.

type OpenApiDocument = ReturnType<typeof getOpenApiDocument>;
export interface ApiTag {
  name: string;
  description?: string;
  operations: ReturnType<typeof listOperations>;
}

const tagAnchor = (tag: string) =>
  `tag-${tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;

/** Every endpoint by tag, each a link to its card. */
export function EndpointIndex({ tags }: { tags: ApiTag[] }) {
  return (
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
  );
}

/** How a request is authenticated. */
export function Authentication({ document }: { document: OpenApiDocument }) {
  const securitySchemes = Object.entries(document.components?.securitySchemes ?? {});
  return (
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
  );
}

/** A tag's endpoints, one card each. */
export function TagSection({ tag }: { tag: ApiTag }) {
  return (
    <section aria-labelledby={tagAnchor(tag.name)} className="space-y-3">
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
  );
}

/** The shared schemas the endpoints refer to by name. */
export function SchemaList({ document }: { document: OpenApiDocument }) {
  const schemas = Object.entries(document.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
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
  );
}
