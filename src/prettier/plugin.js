// Entry point of the Prettier plugin for plain Node (which cannot import .ts files): registers tsx's
// loader, then re-exports src/prettier/index.ts. Use: prettier --plugin ./src/prettier/plugin.js.
import { register } from 'tsx/esm/api';

register();
const plugin = await import('./index.ts');
export const { languages, parsers, printers } = plugin;
export default plugin.default;
