// Stands in for src/report/output-files.ts (Node's file system) in the playground bundle: the
// playground never writes CSV or plot files to disk (it shows them), so these are never called;
// the shim keeps node:fs out of the browser build.
export function writeFileAtomic(_path: string, _text: string | Uint8Array): void {
  throw new Error('writing files is not available in the browser');
}

export function prepareOutputFolder(_dir: string): string | undefined {
  return 'writing files is not available in the browser';
}
