// One operation of the OpenAPI document: method and path, what it does, its parameters, request body and
// responses. Server-rendered; anchors only, no script.
import type { oas31 } from "zod-openapi";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { refName, type DocumentedOperation, type HttpMethod } from "@/lib/openapi/operations";
import { cn } from "@/lib/utils";
import { CodeText } from "@/components/api-docs/code-text";
import { SchemaSummary, SchemaView, type AnySchema } from "@/components/api-docs/schema-view";

const METHOD_COLOURS: Partial<Record<HttpMethod, string>> = {
  get: "border-sky-300 bg-sky-50 text-sky-900",
  post: "border-emerald-300 bg-emerald-50 text-emerald-900",
  patch: "border-amber-300 bg-amber-50 text-amber-900",
  put: "border-amber-300 bg-amber-50 text-amber-900",
  delete: "border-red-300 bg-red-50 text-red-900",
};

export function MethodBadge({ method }: { method: HttpMethod }) {
  return (
    <Badge className={cn("w-16 justify-center font-mono uppercase", METHOD_COLOURS[method])}>{method}</Badge>
  );
}

function statusColour(status: string) {
  if (status.startsWith("2")) return "border-emerald-300 bg-emerald-50 text-emerald-900";
  if (status.startsWith("4")) return "border-amber-300 bg-amber-50 text-amber-900";
  if (status.startsWith("5")) return "border-red-300 bg-red-50 text-red-900";
  return undefined;
}

const isReference = (value: object): value is oas31.ReferenceObject => "$ref" in value;

/** A parameter's or header's schema with the description written on the parameter itself. */
const described = (schema: AnySchema | undefined, description: string | undefined): AnySchema => ({
  ...schema,
  ...(description && { description }),
});

function Content({ content }: { content: oas31.ContentObject | undefined }) {
  return Object.entries(content ?? {}).map(([mediaType, { schema }]) => (
    <SchemaView key={mediaType} schema={schema ?? {}} mediaType={mediaType} />
  ));
}

function Heading({ children }: { children: React.ReactNode }) {
  return <h4 className="text-sm font-semibold">{children}</h4>;
}

function OperationHeader({ path, method, operation }: DocumentedOperation) {
  return (
    <header className="space-y-1">
      <h3 className="flex flex-wrap items-center gap-2">
        <MethodBadge method={method} />
        <code className="break-all font-semibold">{path}</code>
      </h3>
      <p className="font-medium">{operation.summary}</p>
      {operation.description && (
        <p className="text-sm text-muted-foreground">
          <CodeText text={operation.description} />
        </p>
      )}
      {operation.security?.length ? (
        <p className="text-sm">
          Needs the{" "}
          <a href="#authentication" className="text-primary underline underline-offset-2">
            session cookie
          </a>
          .
        </p>
      ) : null}
    </header>
  );
}

function Parameters({ parameters }: { parameters: oas31.ParameterObject[] }) {
  if (parameters.length === 0) return null;
  return (
    <section className="space-y-2">
      <Heading>Parameters</Heading>
      <ul className="space-y-2">
        {parameters.map((parameter) => (
          <li key={`${parameter.in}-${parameter.name}`}>
            <SchemaSummary
              schema={described(parameter.schema, parameter.description)}
              name={parameter.name}
              location={parameter.in}
              required={parameter.required ?? false}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestBody({ body }: { body: oas31.RequestBodyObject }) {
  return (
    <section className="space-y-2">
      <Heading>Request body {body.required ? "(required)" : "(optional)"}</Heading>
      {body.description && (
        <p className="text-sm text-muted-foreground">
          <CodeText text={body.description} />
        </p>
      )}
      <Content content={body.content} />
    </section>
  );
}

function Response({
  status,
  response,
}: {
  status: string;
  response: oas31.ResponseObject | oas31.ReferenceObject;
}) {
  return (
    <li className="space-y-1">
      <p className="flex items-baseline gap-2 text-sm">
        <Badge className={cn("shrink-0 font-mono", statusColour(status))}>{status}</Badge>
        {/* One flex item: the description's code spans must not wrap apart from its words. */}
        <span className="min-w-0">
          {isReference(response) ? refName(response.$ref) : <CodeText text={response.description} />}
        </span>
      </p>
      {!isReference(response) && (
        <div className="space-y-2 pl-2">
          {Object.entries(response.headers ?? {}).map(([name, header]) =>
            isReference(header) ? null : (
              <SchemaSummary
                key={name}
                schema={described(header.schema, header.description)}
                name={name}
                location="header"
              />
            ),
          )}
          <Content content={response.content} />
        </div>
      )}
    </li>
  );
}

export function OperationCard(entry: DocumentedOperation) {
  const { operation } = entry;
  const parameters = (operation.parameters ?? []).filter(
    (parameter): parameter is oas31.ParameterObject => !isReference(parameter),
  );
  const body = operation.requestBody && !isReference(operation.requestBody) ? operation.requestBody : null;
  const responses = Object.entries(operation.responses ?? {}) as [
    string,
    oas31.ResponseObject | oas31.ReferenceObject,
  ][];
  return (
    <Card id={operation.operationId} className="scroll-mt-4 space-y-4">
      <OperationHeader {...entry} />
      <Parameters parameters={parameters} />
      {body && <RequestBody body={body} />}
      <section className="space-y-2">
        <Heading>Responses</Heading>
        <ul className="space-y-3">
          {responses.map(([status, response]) => (
            <Response key={status} status={status} response={response} />
          ))}
        </ul>
      </section>
    </Card>
  );
}
