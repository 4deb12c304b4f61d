/** A short button text that screen readers hear with what it acts on: "Remove" → "Remove Oat milk". */
export function ActionLabel({ verb, name }: { verb: string; name: string }) {
  return (
    <span>
      {verb}
      <span className="sr-only"> {name}</span>
    </span>
  );
}
