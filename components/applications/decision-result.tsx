/** What a decision did, in a status box screen readers announce. */
export function DecisionResult({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div className="rounded-md border-2 border-emerald-700 bg-emerald-50 p-4" role="status" data-testid="decision-result">
      <p className="font-semibold">{message}</p>
    </div>
  );
}

/** What a bulk decision could not do, one line per application, with the reason. */
export function DecisionProblems({ title, problems }: { title: string; problems?: string[] }) {
  if (!problems?.length) return null;
  return (
    <div className="rounded-md border-2 border-amber-600 bg-amber-50 p-4" data-testid="decision-problems">
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
