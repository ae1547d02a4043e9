import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Lint holds the layout from STYLE.md: app/_lib is pure TypeScript and imports nothing from
 * components or routes; components import app/_lib but no routes, and take content types from
 * content/types, never from the loader.
 */
const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "tests/fixtures/**", "test-results/**", "playwright-report/**", ".tmp/**", "next-env.d.ts"],
  },
  {
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./app/_lib", from: "./components", message: "app/_lib is pure logic: it cannot import React components." },
            { target: "./app/_lib", from: "./app", except: ["./_lib"], message: "app/_lib cannot import routes." },
            { target: "./components", from: "./app", except: ["./_lib"], message: "components import app/_lib, never routes." },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/content/load"],
              message: "Components take content types from @/app/_lib/content/types: the loader (zod, node:fs) stays on the server.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/_lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "next", "framer-motion", "motion"].map((name) => ({
            name,
            message: "app/_lib is pure TypeScript: no React, Next or animation code here.",
          })),
          patterns: [{ group: ["next/*", "react-dom/*", "@/components/*"], message: "app/_lib imports nothing from React, Next or components." }],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "JSXElement", message: "app/_lib holds no JSX: put React code in components/." },
        { selector: "ExpressionStatement > Literal[value='use client']", message: "app/_lib never runs as a client component." },
      ],
    },
  },
];

export default config;
