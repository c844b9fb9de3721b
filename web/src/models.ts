// The model library bundled into the playground: every text file under models/ (models and the
// files they include), keyed by repository path ('models/classic/transport.gms'). Imports nothing.
// import.meta.glob is Vite's (also under Vitest); the reference gives its type to the root tsconfig.
/// <reference types="vite/client" />

const raw = import.meta.glob('../../models/**/*.{emd,gms,inc,csv,txt,dat,put}', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Every bundled file by path. */
export const libraryFiles: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(raw).map(([k, v]) => [k.replace(/^(\.\.\/)+/, ''), v]),
);

export interface ModelEntry {
  /** Repository path, also the file name the compiler sees. */
  readonly path: string;
  /** The folder under models/ ('classic', 'nlp/hs'). */
  readonly group: string;
  /** `$title` of the model, or its file name. */
  readonly title: string;
}

/** Models (.emd, .gms) for the menu, grouped by folder; included files are listed only as files. */
export const models: readonly ModelEntry[] = Object.keys(libraryFiles)
  .filter((p) => /\.(emd|gms)$/i.test(p) && !isIncludedSomewhere(p))
  .sort()
  .map((path) => {
    const text = libraryFiles[path];
    const title = /^\$title\s+(.*)$/im.exec(text)?.[1]?.trim();
    const group = path.replace(/^models\//, '').replace(/\/[^/]*$/, '');
    return { path, group, title: title || path.slice(path.lastIndexOf('/') + 1) };
  });

/** True for files another model pulls in with $include / $batinclude (not runnable on their own). */
function isIncludedSomewhere(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const stem = base.replace(/\.(gms|emd)$/, '');
  return Object.entries(raw).some(([, text]) =>
    [...text.matchAll(/^\$(?:bat)?include\s+"?'?([^"'\s]+)/gim)].some((m) => {
      const inc = m[1].slice(m[1].lastIndexOf('/') + 1).toLowerCase();
      return inc === base || inc === stem;
    }),
  );
}
