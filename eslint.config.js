import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The engine runs in plain Node, the CLI and an Electron utility process: never Electron itself.
    // The handlers run in Electron's main process but are tested under plain Node, so they too.
    // main/demo is the demo's local platform sites, loaded by the installed CLI and by the tests.
    files: ['main/engine/**', 'main/cli.ts', 'main/cli/**', 'main/services/**', 'main/demo/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'main/engine runs without Electron; only main/app may import it.' },
          // The installed CLI ships main/, not tests/: the demo's sites live in main/demo for that reason.
          { group: ['**/tests/**'], message: 'Product code never loads test code: tests/ is not shipped.' },
        ],
      }],
    },
  },
  {
    // The API contract is shared with the sandboxed preload and the renderer: no runtime at all.
    files: ['main/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'main/shared runs everywhere; only main/app may import Electron.' },
          { group: ['node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)], message: 'main/shared runs in the browser too.' },
          {
            // engine/types.ts and engine/profile.ts are themselves runtime-free contracts (constant lists).
            group: ['**/engine/**', '!**/engine/types.ts', '!**/engine/profile.ts', '**/services/**', '**/app/**', '**/cli/**'],
            message: 'main/shared may import only types from the rest of main.', allowTypeImports: true,
          },
        ],
      }],
    },
  },
  {
    // The preload is sandboxed: Electron's renderer modules and the zod-free contract, nothing else.
    files: ['preload/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)], message: 'A sandboxed preload has no Node.' },
          { group: ['zod', '**/api-schemas.ts', '**/engine/**', '**/services/**', '**/app/**'], message: 'The preload imports only main/shared/api-contract.ts (types) and remote-error.ts.', allowTypeImports: true },
        ],
      }],
    },
  },
  {
    // Raw IPC only in the two files that wrap it with the contract and the sender check.
    files: ['main/app/**'],
    ignores: ['main/app/ipc.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Register handlers through main/app/ipc.ts.' }],
      }],
    },
  },
  {
    // Pure security modules: tests load them under plain Node, so Electron is for types only.
    files: ['main/app/security/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'electron/*'], allowTypeImports: true, message: 'main/app/security is loaded by tests under plain Node: import type from electron only.' },
        { regex: '^(?!node:|\\./|electron(?:/|$))', allowTypeImports: true, message: 'main/app/security may load only node: built-ins and its own files at run time.' },
      ] }],
    },
  },
  {
    // The renderer talks only to window.chaperone: no Node, no Electron.
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Text from the platforms (names, bios, what a stranger sees) is shown as text, never parsed as HTML.
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'The renderer shows text as text: no dangerouslySetInnerHTML.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]", message: 'The renderer shows text as text: no HTML strings.' },
      ],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'The renderer talks only to window.chaperone.' },
          { group: ['node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)], message: 'The renderer has no Node.' },
          {
            // main/shared and the engine's two constant-only contracts are runtime-free and shared on purpose;
            // the zod schemas are main-side only.
            regex: '(^|/)main/(?!(shared/(?!api-schemas\\.ts$)|engine/types\\.ts$|engine/profile\\.ts$))',
            message: 'The renderer may import only main/shared (not its zod schemas) and the engine\'s types.ts and profile.ts at run time, and types from the rest of main.',
            allowTypeImports: true,
          },
        ],
      }],
    },
  },
);
