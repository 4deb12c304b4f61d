/** Text from the OpenAPI document, where `backticks` mark code (the Markdown the descriptions use). */
export function CodeText({ text }: { text: string }) {
  return text.split("`").map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="rounded bg-muted px-1 text-[0.9em]">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
