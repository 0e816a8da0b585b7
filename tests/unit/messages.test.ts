import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

/** The ICU arguments a message uses (including those inside plural and select branches). */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && typeof element.value === "string" && element.type !== TYPE.literal) names.add(element.value);
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
      if ("children" in element) walk(element.children);
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return [...names].sort();
}

function lookup(tree: Tree, path: string): string {
  return path.split(".").reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree) as string;
}

describe("message files", () => {
  const svKeys = keys(sv);
  const enKeys = keys(en);

  it("have the same keys in Swedish and English", () => {
    expect(svKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !svKeys.includes(key))).toEqual([]);
  });

  it("have no empty message", () => {
    expect(svKeys.filter((key) => lookup(sv as Tree, key).trim() === "")).toEqual([]);
    expect(enKeys.filter((key) => lookup(en as Tree, key).trim() === "")).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const differing = svKeys.filter(
      (key) => enKeys.includes(key) && placeholders(lookup(sv as Tree, key)).join() !== placeholders(lookup(en as Tree, key)).join(),
    );
    expect(differing).toEqual([]);
  });

  it("use one Swedish word for email: e-post, never mejl", () => {
    expect(svKeys.filter((key) => /mejl/i.test(lookup(sv as Tree, key)))).toEqual([]);
  });

  it("speak of the person, not to the reader, in the labels of a coordinator's forms", () => {
    const aboutPerson = (tree: Tree) => Object.values((tree.profile as Tree).labelsAboutPerson as Tree) as string[];
    expect(aboutPerson(sv as Tree).filter((label) => /\b(du|din|ditt|dina|dig)\b/i.test(label))).toEqual([]);
    expect(aboutPerson(en as Tree).filter((label) => /\b(you|your)\b/i.test(label))).toEqual([]);
  });
});
