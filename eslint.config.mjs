import next from "eslint-config-next";
import tseslint from "typescript-eslint";

const typescript = ["**/*.ts", "**/*.tsx"];

const config = [
  { ignores: ["lib/generated/**", ".next/**", ".next-*/**", ".data/**", "node_modules/**", "next-env.d.ts"] },
  ...next,
  // Type-aware rules: floating and misused promises, unsafe `any`, unbound methods, needless assertions.
  ...tseslint.configs.recommendedTypeChecked.map((entry) => ({ ...entry, files: typescript })),
  {
    files: typescript,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Off: an async function without `await` is how Tandem satisfies Promise-returning interfaces
      // (Prisma's driver adapter, the embedded server's stop, mocks of Next's async request APIs). The
      // mistakes the rule is after (a forgotten await) are caught by no-floating-promises and
      // no-misused-promises, which stay on.
      "@typescript-eslint/require-await": "off",
      // Names starting with "_" are deliberately unused (a destructured field left out of a copy).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any(String), expect.objectContaining(...)) are typed `any`
    // by design; placing them in an expected object is not an unsafe assignment.
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    // Only lib/ talks to the database; pages and components go through lib's queries and actions.
    files: ["app/**", "components/**", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@/lib/db", message: "Read and write through lib/<domain> queries and actions." }],
          patterns: [
            { group: ["@/lib/generated/prisma/client", "@prisma/*"], allowTypeImports: true, message: "Use lib/<domain> modules." },
          ],
        },
      ],
    },
  },
];

export default config;
