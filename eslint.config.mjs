import next from "eslint-config-next";

const config = [
  { ignores: ["lib/generated/**", ".next/**", ".next-*/**", ".data/**", "node_modules/**", "next-env.d.ts"] },
  ...next,
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
