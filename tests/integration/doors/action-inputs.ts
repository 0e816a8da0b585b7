import fc from "fast-check";
import type { FormFields } from "./action-doors";

// Broken inputs for a server action, made from the rightful person's valid call: bound ids that
// are not ids, fields missing, huge, of the wrong type, full of NUL and control characters,
// unicode and SQL, and fields nobody asked for. `systematicCalls` breaks each field and bound
// argument in each classic way once; `brokenCalls` draws the rest at random. A case is a
// description (printable when a property fails, a megabyte string shown as its length) turned
// into real arguments by `realise`.

/** Strings that have broken web apps before. */
const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0000\u0000\u0000",
  "\t\r\n\u000b\u000c",
  "\u001b[31mred\u001b[0m",
  "\u0007\u0008\u007f",
  "\ud800",
  "\udfff",
  "a\ud83dz",
  "\u202eevil\u202c",
  "\ufeffBOM",
  "\u200b\u200c\u200d",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "ﷺ",
  "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
  "النص العربي",
  "田中さん",
  '\'; DROP TABLE "User"; --',
  "' OR '1'='1",
  '" OR ""="',
  "1; SELECT pg_sleep(10); --",
  "$1",
  "%s%s%s%n",
  "${7*7}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "%00",
  "%2e%2e%2f",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "9999999999999999999999",
  "0x1f",
  "true",
  "[object Object]",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "=cmd|' /C calc'!A0",
  "a".repeat(201),
  "a".repeat(2001),
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)), maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.constantFrom(...NASTY)).map(([a, b]) => a + b) },
);

/** Over a megabyte: more than any field of Tandem takes, the CSV import's 900 kB included. */
const huge = fc.record({
  huge: fc.constantFrom("x", "é", "\u0000", "'", "😀", "<"),
  length: fc.integer({ min: 1_000_001, max: 1_050_000 }),
});

/** What a field becomes. `append` keeps the valid value and adds the nasty text after it. */
export type FieldChange =
  | { keep: true }
  | { drop: true }
  | { text: string }
  | { append: string }
  | { huge: string; length: number }
  | { file: string }
  | { repeated: string[] };

/** A field changed, never kept. */
const fieldBroken: fc.Arbitrary<FieldChange> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ drop: true as const }) },
  { weight: 4, arbitrary: nastyString.map((text) => ({ text })) },
  { weight: 4, arbitrary: nastyString.map((append) => ({ append })) },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: nastyString.map((file) => ({ file })) },
  { weight: 1, arbitrary: fc.array(nastyString, { minLength: 2, maxLength: 4 }).map((repeated) => ({ repeated })) },
);

const fieldChange: fc.Arbitrary<FieldChange> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ keep: true as const }) },
  { weight: 1, arbitrary: fieldBroken },
);

/** Anything a replayed request could put where an id belongs. */
const notAnId: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.uuid(),
  huge,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.object({ maxDepth: 1 }),
  fc.array(fc.uuid(), { maxLength: 3 }),
);

const extraName = fc.oneof(
  fc.constantFrom(
    "role",
    "programmeId",
    "organizationId",
    "userId",
    "status",
    "ok",
    "id",
    "$ACTION_ID_0",
    "$ACTION_REF_1",
    "__proto__",
    "constructor",
  ),
  fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
);
const extraFields = fc.array(fc.tuple(extraName, nastyString), { minLength: 1, maxLength: 3 });

type Shape = "form" | "noBound" | { notAForm: unknown };
const oddShape: fc.Arbitrary<Shape> = fc.oneof(
  fc.constant("noBound" as const),
  fc.anything({ maxDepth: 1 }).map((notAForm) => ({ notAForm })),
);

export type BrokenCall = {
  /** Per bound argument: kept, or replaced. */
  bound: Array<{ keep: true } | { value: unknown }>;
  fields: Record<string, FieldChange>;
  extra: Array<[string, string]>;
  /** How the call itself is shaped: as a form does, without its bound arguments, or with something else than a form. */
  shape: Shape;
  previousState: unknown;
};

/**
 * Three in four cases break one thing of an otherwise valid call (a bound argument, a field, the
 * call's shape, or fields added), so a problem deep in the action is reached; the rest break many
 * things at once.
 */
export function brokenCalls(validBound: string[], validForm: FormFields): fc.Arbitrary<BrokenCall> {
  const names = Object.keys(validForm);
  const valid: BrokenCall = {
    bound: validBound.map(() => ({ keep: true as const })),
    fields: Object.fromEntries(names.map((name) => [name, { keep: true as const }])),
    extra: [],
    shape: "form",
    previousState: undefined,
  };
  const badBound = (index: number) => notAnId.filter((value) => value !== validBound[index]).map((value) => ({ value }));
  const single: Array<fc.Arbitrary<BrokenCall>> = [
    extraFields.map((extra) => ({ ...valid, extra })),
    oddShape.map((shape) => ({ ...valid, shape })),
    ...validBound.map((_, index) =>
      badBound(index).map((change) => ({ ...valid, bound: valid.bound.map((kept, at) => (at === index ? change : kept)) })),
    ),
    ...names.map((name) => fieldBroken.map((change) => ({ ...valid, fields: { ...valid.fields, [name]: change } }))),
  ];
  const mixed = fc
    .record({
      bound: fc.tuple(
        ...validBound.map((_, index) => fc.oneof({ weight: 3, arbitrary: fc.constant({ keep: true as const }) }, badBound(index))),
      ),
      fields: fc.record(Object.fromEntries(names.map((name) => [name, fieldChange]))),
      extra: fc.oneof(fc.constant<Array<[string, string]>>([]), extraFields),
      shape: fc.oneof({ weight: 6, arbitrary: fc.constant("form" as const) }, oddShape),
      previousState: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, fc.anything({ maxDepth: 1 })),
    })
    .filter(
      (one) =>
        one.shape !== "form" ||
        one.extra.length > 0 ||
        one.bound.some((change) => !("keep" in change)) ||
        Object.values(one.fields).some((change) => !("keep" in change)),
    );
  return fc.oneof({ weight: 3, arbitrary: fc.oneof(...single) }, { weight: 1, arbitrary: mixed });
}

/** Every field and bound argument broken in each classic way once, the rest of the call valid. */
const CLASSIC_FIELD_CHANGES: FieldChange[] = [
  { drop: true },
  { text: "\u0000" },
  { append: "\u0000" },
  { append: "\u0001\u0008\u001b\u007f" },
  { text: "\t\r\n" },
  { append: "\ud800" },
  { append: "\u202e👩‍👩‍👧‍👦" },
  { append: '\'; DROP TABLE "User"; --' },
  { huge: "x", length: 1_000_001 },
  { file: "a file where text belongs" },
  { repeated: ["first", "second"] },
];
const CLASSIC_BOUND_VALUES: unknown[] = [
  "00000000-0000-0000-0000-000000000000",
  "not-an-id",
  "\u0000",
  42,
  null,
  undefined,
  {},
  ["a", "b"],
];

export function systematicCalls(validBound: string[], validForm: FormFields): BrokenCall[] {
  const valid: BrokenCall = {
    bound: validBound.map(() => ({ keep: true as const })),
    fields: Object.fromEntries(Object.keys(validForm).map((name) => [name, { keep: true as const }])),
    extra: [],
    shape: "form",
    previousState: undefined,
  };
  return [
    ...Object.keys(validForm).flatMap((name) =>
      CLASSIC_FIELD_CHANGES.map((change) => ({ ...valid, fields: { ...valid.fields, [name]: change } })),
    ),
    ...validBound.flatMap((_, index) =>
      CLASSIC_BOUND_VALUES.map((value) => ({ ...valid, bound: valid.bound.map((kept, at) => (at === index ? { value } : kept)) })),
    ),
    { ...valid, shape: "noBound" },
    { ...valid, shape: { notAForm: undefined } },
    { ...valid, shape: { notAForm: "a string" } },
    { ...valid, shape: { notAForm: { role: "ADMIN" } } },
    { ...valid, previousState: { ok: true } },
    {
      ...valid,
      extra: [
        ["role", "ADMIN"],
        ["programmeId", "00000000-0000-0000-0000-000000000000"],
      ],
    },
  ];
}

const isHuge = (value: unknown): value is { huge: string; length: number } =>
  typeof value === "object" && value !== null && "huge" in value;
const materialise = (value: unknown): unknown => (isHuge(value) ? value.huge.repeat(value.length) : value);

/** The arguments the case stands for: bound values, and the form (or what stands in its place). */
export function realise(one: BrokenCall, validBound: string[], validForm: FormFields): { bound: unknown[]; form: unknown } {
  const bound = one.bound.map((change, index) => ("keep" in change ? validBound[index] : materialise(change.value)));
  const form = new FormData();
  for (const [name, valid] of Object.entries(validForm)) {
    const change = one.fields[name]!;
    const values: Array<string | File> =
      "keep" in change
        ? [valid].flat()
        : "drop" in change
          ? []
          : "text" in change
            ? [change.text]
            : "append" in change
              ? [valid]
                  .flat()
                  .map((value, index, all) => (index === all.length - 1 && typeof value === "string" ? value + change.append : value))
              : "huge" in change
                ? [materialise(change) as string]
                : "file" in change
                  ? [new File([change.file], `${change.file.slice(0, 20)}.csv`, { type: "text/csv" })]
                  : change.repeated;
    for (const value of values) form.append(name, value);
  }
  for (const [name, value] of one.extra) form.append(name, value);
  if (one.shape === "noBound") return { bound: [], form };
  return { bound, form: typeof one.shape === "object" ? one.shape.notAForm : form };
}

/**
 * Whether the case is broken in a way that must be refused: a bound argument that is not the one
 * given, arguments missing, a required field missing, or a megabyte in a field that is not a checkbox.
 * Other changes (odd text, a file for a text, a field sent twice, extra fields) may be accepted as
 * harmless, as long as nothing throws. Something else than a form sends no field at all: it must
 * be refused where a field is required, and may be taken for an empty form where none is.
 */
export function mustBeRefused(one: BrokenCall, validBound: string[], required: string[], checkboxes: string[]): boolean {
  if (one.bound.some((change) => !("keep" in change))) return true;
  if (one.shape === "noBound" && validBound.length > 0) return true;
  if (typeof one.shape === "object") return required.length > 0;
  return Object.entries(one.fields).some(
    ([name, change]) => ("drop" in change && required.includes(name)) || ("huge" in change && !checkboxes.includes(name)),
  );
}
