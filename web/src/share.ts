// Shareable links: the model's path and text, deflated (CompressionStream) and base64url-encoded
// in the URL's hash as `#code=...`; `#model=<path>` opens a bundled model. A link is untrusted:
// its text is inflated only up to MAX_SHARED_BYTES, and it opens under a name of its own, never
// as a library file. Imports host.ts (paths).
import { normalizePath } from './host.ts';

export interface SharedModel {
  readonly path: string;
  readonly text: string;
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: GenericTransformStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const body = new Blob([bytes])
    .stream()
    .pipeThrough(stream as unknown as TransformStream<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The most a link may inflate to (its JSON: path and model text), 2 MB. */
export const MAX_SHARED_BYTES = 2 * 1024 * 1024;

/**
 * Inflates `bytes` as a stream and stops reading, without inflating the rest, once the output
 * passes `limit` bytes (a small link can decode to hundreds of megabytes). Undefined then.
 */
export async function inflateCapped(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>)
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The hash fragment (without '#') that carries `m`. */
export async function encodeShare(m: SharedModel): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ p: m.path, t: m.text }));
  return `code=${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

/**
 * What a hash asks for: shared code, a bundled model by path, or nothing. A damaged link yields
 * an error message rather than an exception.
 */
export async function decodeShare(
  hash: string,
): Promise<
  | { kind: 'code'; model: SharedModel }
  | { kind: 'model'; path: string }
  | { kind: 'none' }
  | { kind: 'bad'; message: string }
> {
  const h = hash.replace(/^#/, '');
  const params = new URLSearchParams(h);
  const model = params.get('model');
  if (model) return { kind: 'model', path: model };
  const code = params.get('code');
  if (!code) return { kind: 'none' };
  try {
    const bytes = await inflateCapped(fromBase64Url(code), MAX_SHARED_BYTES);
    if (!bytes)
      return {
        kind: 'bad',
        message: `the link's model is larger than ${MAX_SHARED_BYTES / 1024 / 1024} MB and was not loaded`,
      };
    const o = JSON.parse(new TextDecoder().decode(bytes)) as { p?: unknown; t?: unknown };
    if (typeof o.p !== 'string' || typeof o.t !== 'string')
      return { kind: 'bad', message: 'the link holds no model' };
    return { kind: 'code', model: { path: o.p, text: o.t } };
  } catch (err) {
    return { kind: 'bad', message: `the link is damaged (${(err as Error).message})` };
  }
}

/** How a shared text is shown and filed: the link's path is only a suggestion. */
export interface SharedFile {
  /** The path the compiler sees: the link's folder, so its includes resolve as they did. */
  readonly path: string;
  /** What the page shows: 'shared: <file name>'. */
  readonly label: string;
}

/**
 * Where a shared text opens. It keeps the link's folder (normalized, so '..' cannot climb out)
 * but never takes the place of an existing file: a link naming a library model opens as
 * 'shared-<name>' beside it (then 'shared-2-<name>', ...), so the library entry and the user's
 * edits of it stay as they were.
 */
export function sharedFile(linkPath: string, existing: Iterable<string>): SharedFile {
  // The host finds files case-insensitively, so a name taken in any spelling is taken.
  const taken = new Set([...existing].map((p) => normalizePath(p).toLowerCase()));
  const parts = normalizePath(linkPath).split('/');
  const base = parts.pop() || 'model.gms';
  const dir = parts.length ? `${parts.join('/')}/` : '';
  let path = `${dir}${base}`;
  for (let n = 1; taken.has(path.toLowerCase()); n++) path = `${dir}shared-${n === 1 ? '' : `${n}-`}${base}`;
  return { path, label: `shared: ${base}` };
}
