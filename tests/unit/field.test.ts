import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField } from "@/components/ui/select-field";
import { NumberField, TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";

const order = (html: string, ...parts: string[]) => parts.map((part) => html.indexOf(part));

describe("form fields", () => {
  it("put the label above, the hint under it, the error under the hint, then the control tied to both", () => {
    const html = renderToStaticMarkup(
      createElement(TextField, { name: "city", label: "City", hint: "Where you live", errors: ["Write a city."] }),
    );
    const positions = order(html, "<label", 'id="city-hint"', 'id="city-error"', "<input");
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('for="city"');
    expect(html).toMatch(/<input id="city" aria-invalid="true" aria-describedby="city-hint city-error"/);
  });

  it("leave the control unmarked when there is no hint and no error", () => {
    const html = renderToStaticMarkup(
      createElement(SelectField, { name: "role", label: "Role", options: [{ value: "MENTOR", label: "Mentor" }] }),
    );
    expect(html).not.toContain("aria-invalid");
    expect(html).not.toContain("aria-describedby");
    expect(html).toContain('<select id="role" class=');
  });

  it("let the caller choose the id and keep the control's own attributes", () => {
    const html = renderToStaticMarkup(
      createElement(TextareaField, { id: "x-note", name: "note", label: "Note", errors: ["Too long."], rows: 3 }),
    );
    expect(html).toMatch(
      /<textarea id="x-note" aria-invalid="true" aria-describedby="x-note-error" class="[^"]* py-2" name="note" rows="3">/,
    );
    const number = renderToStaticMarkup(createElement(NumberField, { name: "months", label: "Months", limits: { min: 1, max: 36 } }));
    expect(number).toMatch(/type="number"[^>]*inputMode="numeric"[^>]*min="1"[^>]*max="36"/);
  });

  it("tie a group's hint and error to its fieldset, under the legend", () => {
    const html = renderToStaticMarkup(
      createElement(ChoiceGroup, {
        name: "fields",
        type: "checkbox",
        legend: "Fields",
        hint: "Any number",
        errors: ["Choose one."],
        options: [{ value: "it", label: "IT" }],
      }),
    );
    expect(html).toMatch(/^<fieldset id="fields" aria-describedby="fields-hint fields-error" aria-invalid="true"><legend/);
    expect(html).toMatch(/<label for="fields-it"[^>]*><input id="fields-it" type="checkbox"/);
  });
});
