// Control characters are never typed on purpose and some cannot be stored at all (PostgreSQL
// refuses a NUL byte in text). Tab, line feed and carriage return are text; the rest of the C0
// range, DEL and the C1 range are not. Pure, safe on the client.

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

export function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (isControl(text.charCodeAt(index))) return true;
  return false;
}

export function withoutControlCharacters(text: string): string {
  let kept = "";
  for (let index = 0; index < text.length; index += 1) if (!isControl(text.charCodeAt(index))) kept += text[index];
  return kept;
}

/** The text fields of a form that hold a control character, by name. */
export function fieldsWithControlCharacters(formData: FormData): string[] {
  const names = new Set<string>();
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && (hasControlCharacter(value) || hasControlCharacter(name))) names.add(name);
  }
  return [...names];
}
