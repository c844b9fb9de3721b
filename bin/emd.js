#!/usr/bin/env node
// The `emd` command: loads the TypeScript sources through tsx's ESM loader so that
// `npm ci && npx emd ...` works on a fresh clone without a build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
