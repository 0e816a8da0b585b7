/** The address people reach Tandem at, for links in emails. */
export function appUrl(path = ""): string {
  const base = (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
  return `${base}${path}`;
}
