// Shareable links: the model's path and text, deflated (CompressionStream) and base64url-encoded
// in the URL's hash as `#code=...`; `#model=<path>` opens a bundled model. Imports nothing.

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
    const bytes = await pipe(fromBase64Url(code), new DecompressionStream('deflate-raw'));
    const o = JSON.parse(new TextDecoder().decode(bytes)) as { p?: unknown; t?: unknown };
    if (typeof o.p !== 'string' || typeof o.t !== 'string')
      return { kind: 'bad', message: 'the link holds no model' };
    return { kind: 'code', model: { path: o.p, text: o.t } };
  } catch (err) {
    return { kind: 'bad', message: `the link is damaged (${(err as Error).message})` };
  }
}
