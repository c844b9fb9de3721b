// Types of scripts/build.mjs for the TypeScript callers (test/global-setup.ts).
export function buildDist(options?: { quiet?: boolean }): Promise<void>;
