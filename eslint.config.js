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
    files: ['main/engine/**', 'main/cli.ts', 'main/cli/**', 'tests/emulators/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['electron', 'electron/*'], message: 'main/engine runs without Electron; only main/app may import it.' }],
      }],
    },
  },
  {
    // The renderer talks only to window.chaperone: no Node, no Electron.
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'The renderer talks only to window.chaperone.' },
          { group: ['node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)], message: 'The renderer has no Node.' },
          { group: ['**/main/**'], message: 'The renderer may import types only from the engine contract.', allowTypeImports: true },
        ],
      }],
    },
  },
);
