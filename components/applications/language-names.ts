/**
 * Names of languages in the viewer's language, from the runtime's own data (Intl.DisplayNames).
 * Swedish writes them in lower case ("arabiska"); they start a list item or a cell here, so the
 * first letter is raised.
 */
export function languageNamer(locale: string): (code: string) => string {
  const names = new Intl.DisplayNames([locale], { type: "language" });
  return (code) => {
    const name = names.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };
}
