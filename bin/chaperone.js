#!/usr/bin/env node
// Entry point of the `chaperone` command. Caches compiled modules (and stripped TypeScript)
// between runs so the command starts quickly; then hands over to main/cli.ts.
import module from 'node:module';

module.enableCompileCache?.();
const { run } = await import('../main/cli.ts');
process.exitCode = await run();
