import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import checkFile from "eslint-plugin-check-file";
import { basename } from "node:path";

/**
 * A component's styles are its own: a CSS Module is imported only by the module of the same name
 * beside it (`quiz-block.tsx` takes `./quiz-block.module.css`, `page.tsx` `./page.module.css`),
 * as `styles`. Another component's look changes through its props, never through its class
 * names. tests/unit/styles.test.ts checks the stylesheets' side.
 */
const ownStyles = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      other: "{{source}}: a module imports only its own CSS Module, ./{{own}}.module.css; change another component's look through its props.",
      name: "Import a CSS Module as `styles`.",
    },
  },
  create(context) {
    const own = basename(context.filename).replace(/(\.[a-z]+)?\.tsx?$/, "");
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        if (typeof source !== "string" || !source.endsWith(".css") || source.endsWith("globals.css")) return;
        const [first] = node.specifiers;
        if (source !== `./${own}.module.css`) context.report({ node, messageId: "other", data: { source, own } });
        else if (node.specifiers.length !== 1 || first.type !== "ImportDefaultSpecifier" || first.local.name !== "styles") context.report({ node, messageId: "name" });
      },
    };
  },
};

/**
 * Lint holds the layout from STYLE.md: app/_lib is pure TypeScript and imports nothing from
 * components or routes; components import app/_lib but no routes, and take content types from
 * content/types, never from the loader. Client code lives in components/ only (neither routes
 * nor app/_lib say "use client"), and there zod and the content schema may be imported as types,
 * never as values, so neither reaches the browser's bundle through a component. No module
 * imports itself back through others. Source files are named in kebab-case (a middle
 * extension such as `.server` or `.test` aside). tests/unit/lint-rules.test.ts shows each of
 * these fails.
 * A module imports only its own CSS Module (`ownStyles`, above).
 */
const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "public/sw.js", "tests/fixtures/**", "test-results/**", "playwright-report/**", ".tmp/**", "next-env.d.ts"],
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
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    // The cycle check reads every module an import leads to; packages cannot import ours back,
    // and reading their type definitions made lint four times slower.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    plugins: { "check-file": checkFile },
    rules: {
      "check-file/filename-naming-convention": ["error", { "**/*.{ts,tsx}": "KEBAB_CASE" }, { ignoreMiddleExtensions: true }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    plugins: { clickpath: { rules: { "own-styles": ownStyles } } },
    rules: { "clickpath/own-styles": "error" },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/_lib/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "Program > ExpressionStatement[directive='use client']", message: "Routes stay on the server: put client code in components/." },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              allowTypeImports: true,
              message: "Components run in the browser: take a schema's type with `import type`, and leave parsing to app/_lib.",
            },
          ],
          patterns: [
            {
              group: ["**/content/load"],
              message: "Components take content types from @/app/_lib/content/types: the loader (zod, node:fs) stays on the server.",
            },
            {
              group: ["zod/*", "**/content/schema", "**/content/schema-*"],
              allowTypeImports: true,
              message: "Components run in the browser: import the content schema (and zod) as types only (`import type`), so zod stays out of the bundle.",
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
