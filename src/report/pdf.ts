// A one-page PDF that shows one RGBA image (a plot rendered by resvg) on white, at a given size in
// points: the PDF output of `emd solve --plot DIR --plot-format pdf`. The image is a raster (no
// PDF library is installed to draw Vega's SVG as vectors). Plain PDF 1.4: a catalog, a page, its
// content stream (`q W 0 0 H 0 0 cm /Im0 Do Q`) and the image as a Flate-compressed RGB XObject.
// Imports node:zlib only; the caller passes the pixels.

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** width*height*4 bytes, row by row, RGBA (straight alpha). */
  readonly pixels: Uint8Array;
}

/**
 * The PDF file's bytes. `pageWidth` and `pageHeight` are in points (1/72 in); the image fills
 * the page. Transparent pixels are composited on white.
 */
export async function imageToPdf(img: RgbaImage, pageWidth: number, pageHeight: number): Promise<Uint8Array> {
  const { deflateSync } = await import('node:zlib');
  const n = img.width * img.height;
  const rgb = new Uint8Array(n * 3);
  for (let i = 0; i < n; i++) {
    const a = img.pixels[4 * i + 3] / 255;
    for (let c = 0; c < 3; c++) rgb[3 * i + c] = Math.round(img.pixels[4 * i + c] * a + 255 * (1 - a));
  }
  const data = deflateSync(rgb);
  const w = fmt(pageWidth);
  const h = fmt(pageHeight);
  const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q\n`;
  const objects: (string | [string, Uint8Array])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>`,
    [`<< /Length ${content.length} >>`, new TextEncoder().encode(content)],
    [
      `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>`,
      data,
    ],
  ];
  const parts: Uint8Array[] = [];
  let size = 0;
  const push = (b: Uint8Array | string) => {
    const bytes = typeof b === 'string' ? new TextEncoder().encode(b) : b;
    parts.push(bytes);
    size += bytes.length;
  };
  push('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  const offsets: number[] = [];
  objects.forEach((o, k) => {
    offsets.push(size);
    if (typeof o === 'string') push(`${k + 1} 0 obj\n${o}\nendobj\n`);
    else {
      push(`${k + 1} 0 obj\n${o[0]}\nstream\n`);
      push(o[1]);
      push('\nendstream\nendobj\n');
    }
  });
  const xref = size;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const off of offsets) push(`${String(off).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const fmt = (x: number) => String(Math.round(x * 100) / 100);
