// A JSON Schema (OpenAPI 3.1) as a readable nested list: each property with its type, whether it is
// required, its constraints and description. Named component schemas are links, not expanded, so shared
// shapes read once (in the page's Schemas section) and recursive ones cannot loop.
import { Fragment } from "react";
import type { oas31 } from "zod-openapi";
import { refName } from "@/lib/openapi/operations";
import { CodeText } from "@/components/api-docs/code-text";

export type AnySchema = oas31.SchemaObject | oas31.ReferenceObject;

export const schemaAnchor = (name: string) => `schema-${name}`;

// z.number().int() says "a safe integer" with these bounds: true, but noise on every id and count.
const isSafeIntegerBound = (value: number | undefined) =>
  value !== undefined && Math.abs(value) === Number.MAX_SAFE_INTEGER;

// In OpenAPI 3.1 a reference is a schema that has only $ref (and maybe a description).
const asSchema = (schema: AnySchema) => schema as oas31.SchemaObject;
const isNull = (schema: AnySchema) => asSchema(schema).type === "null";

function TypeName({ schema }: { schema: AnySchema }) {
  const s = asSchema(schema);
  if (s.$ref) {
    const name = refName(s.$ref);
    return (
      <a href={`#${schemaAnchor(name)}`} className="text-primary underline underline-offset-2">
        {name}
      </a>
    );
  }
  if (s.const !== undefined) return <code>{JSON.stringify(s.const)}</code>;
  const variants = s.anyOf ?? s.oneOf ?? s.allOf;
  if (variants) {
    const separator = s.allOf ? " & " : " | ";
    return variants.map((variant, index) => (
      <Fragment key={index}>
        {index > 0 && separator}
        <TypeName schema={variant} />
      </Fragment>
    ));
  }
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length === 0) return <>any</>;
  return types.map((type, index) => (
    <Fragment key={type}>
      {index > 0 && " | "}
      {type === "array" ? <>array of {s.items ? <TypeName schema={s.items} /> : "any"}</> : type}
    </Fragment>
  ));
}

/** "1 to 100", "at least 0", "one of …", "matches …": what a value must be, beyond its type. */
export function constraintsOf(schema: AnySchema): string[] {
  const s = asSchema(schema);
  const variants = (s.anyOf ?? s.oneOf ?? []).filter((variant) => !isNull(variant));
  const range = (min: number | undefined, max: number | undefined, unit?: string) => {
    const of = (count: number) => (unit ? ` ${unit}${count === 1 ? "" : "s"}` : "");
    if (min !== undefined && max !== undefined) return [`${min} to ${max}${of(max)}`];
    if (min !== undefined) return [`at least ${min}${of(min)}`];
    if (max !== undefined) return [`at most ${max}${of(max)}`];
    return [];
  };
  return [
    ...(s.enum ? [`one of ${s.enum.map((value) => JSON.stringify(value)).join(", ")}`] : []),
    ...(s.format ? [`format ${s.format}`] : []),
    ...(s.exclusiveMinimum !== undefined ? [`more than ${s.exclusiveMinimum}`] : []),
    ...range(
      isSafeIntegerBound(s.minimum) ? undefined : s.minimum,
      isSafeIntegerBound(s.maximum) ? undefined : s.maximum,
    ),
    ...(s.exclusiveMaximum !== undefined ? [`less than ${s.exclusiveMaximum}`] : []),
    ...range(s.minLength, s.maxLength, "character"),
    ...range(s.minItems, s.maxItems, "item"),
    // A format (date-time, email) says what its generated pattern spells out unreadably.
    ...(s.pattern && !s.format ? [`matches ${s.pattern}`] : []),
    ...(s.default !== undefined ? [`default ${JSON.stringify(s.default)}`] : []),
    ...variants.flatMap(constraintsOf),
    ...(s.type === "array" && s.items && !asSchema(s.items).$ref
      ? constraintsOf(s.items).map((text) => `each ${text}`)
      : []),
  ];
}

/** The object whose properties to list under a schema: itself, its items, or its one non-null variant. */
function objectsOf(schema: AnySchema): oas31.SchemaObject[] {
  const s = asSchema(schema);
  if (s.$ref) return [];
  if (s.properties || (typeof s.additionalProperties === "object" && s.additionalProperties)) return [s];
  if (s.items) return objectsOf(s.items);
  if (s.allOf) return s.allOf.flatMap(objectsOf);
  const variants = (s.anyOf ?? s.oneOf ?? []).filter((variant) => !isNull(variant));
  return variants.length === 1 ? objectsOf(variants[0]!) : [];
}

export function SchemaSummary({
  schema,
  name,
  location,
  mediaType,
  required,
}: {
  schema: AnySchema;
  name?: string;
  /** Where a parameter goes: path, query, header. */
  location?: string;
  /** The body's media type, for a request or response body. */
  mediaType?: string;
  required?: boolean;
}) {
  const constraints = constraintsOf(schema);
  const description = asSchema(schema).description;
  return (
    <div className="space-y-0.5">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        {name && <code className="font-semibold">{name}</code>}
        {location && <span className="text-xs text-muted-foreground">in {location}</span>}
        {mediaType && <code className="text-xs text-muted-foreground">{mediaType}</code>}
        <span className="text-xs">
          <TypeName schema={schema} />
        </span>
        {required !== undefined && (
          <span className={required ? "text-xs font-medium" : "text-xs text-muted-foreground"}>
            {required ? "required" : "optional"}
          </span>
        )}
      </p>
      {description && (
        <p className="text-sm text-muted-foreground">
          <CodeText text={description} />
        </p>
      )}
      {constraints.length > 0 && <p className="break-words text-xs">{constraints.join(" · ")}</p>}
    </div>
  );
}

function PropertyList({ objects }: { objects: oas31.SchemaObject[] }) {
  const properties = objects.flatMap((object) =>
    Object.entries(object.properties ?? {}).map(([name, schema]) => ({
      name,
      schema,
      required: object.required?.includes(name) ?? false,
    })),
  );
  const others = objects.flatMap((object) =>
    typeof object.additionalProperties === "object" ? [object.additionalProperties] : [],
  );
  return (
    <ul className="mt-1 space-y-2 border-l-2 border-border pl-3">
      {properties.map(({ name, schema, required }) => (
        <li key={name}>
          <SchemaSummary schema={schema} name={name} required={required} />
          <Nested schema={schema} />
        </li>
      ))}
      {others.map((schema, index) => (
        <li key={`other-${index}`}>
          <SchemaSummary schema={schema} name="any other key" />
        </li>
      ))}
    </ul>
  );
}

function Nested({ schema }: { schema: AnySchema }) {
  const objects = objectsOf(schema);
  return objects.length > 0 ? <PropertyList objects={objects} /> : null;
}

/** A whole schema: its type line, then its properties, nested. */
export function SchemaView({ schema, mediaType }: { schema: AnySchema; mediaType?: string }) {
  return (
    <div className="min-w-0">
      <SchemaSummary schema={schema} mediaType={mediaType} />
      <Nested schema={schema} />
    </div>
  );
}
