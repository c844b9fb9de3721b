// Browser face of the `highs` package for the playground: the same loader, told where Vite put
// highs.wasm (the package looks next to its script, which bundling moves). Imports highs only.
import loadHighs from 'highs';
import wasmUrl from 'highs/runtime?url';

type Options = NonNullable<Parameters<typeof loadHighs>[0]>;

export default function load(options: Options = {}): ReturnType<typeof loadHighs> {
  return loadHighs({ locateFile: (file: string) => (file.endsWith('.wasm') ? wasmUrl : file), ...options });
}
