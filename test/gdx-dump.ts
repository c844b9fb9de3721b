// The canonical text form of a GDX file that scripts/gdx-reference/gdxref.cpp prints with the
// reference library (`gdxref dump FILE`): tests compare EMD's reader with it line by line.
import { GAMS_SPECIALS, GMS_SV, type GdxFile } from '../src/data/gdx/format.ts';
import { readGdx } from '../src/data/gdx/read.ts';

/** printf("%.17g") */
export function g17(v: number): string {
  if (v === 0) return '0';
  const x = v.toExponential(16);
  const e10 = Number(x.slice(x.indexOf('e') + 1));
  let s = e10 < -4 || e10 >= 17 ? x : v.toPrecision(17);
  let exp = '';
  const e = s.indexOf('e');
  if (e >= 0) {
    exp = s.slice(e);
    s = s.slice(0, e);
  }
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  if (exp) {
    const m = /^e([+-])(\d+)$/.exec(exp)!;
    exp = `e${m[1]}${m[2].padStart(2, '0')}`;
  }
  return s + exp;
}

function num(v: number): string {
  if (v === GMS_SV.undf) return 'UNDF';
  if (v === GMS_SV.na) return 'NA';
  if (v === GMS_SV.pinf) return '+INF';
  if (v === GMS_SV.minf) return '-INF';
  if (v === GMS_SV.eps) return 'EPS';
  if (v >= GMS_SV.acr) return `ACR${Math.round(v / GMS_SV.acr)}`;
  return g17(v);
}

const DOMAIN_KIND = { relaxed: 2, regular: 3 } as const;

export function dumpGdxFile(f: GdxFile): string {
  const out: string[] = [];
  out.push(
    `version ${f.version} compressed ${f.compressed ? 1 : 0}`,
    `producer ${f.producer}`,
    `uels ${f.uels.length}`,
  );
  f.uels.forEach((u, k) => out.push(`  ${k + 1} ${u}`));
  for (const a of f.acronyms) out.push(`acronym ${a.name} ${a.index} "${a.text}"`);
  for (const s of f.symbols) {
    const recs = s.dim === 0 ? 1 : (s.recordCount ?? s.records.length);
    out.push(
      `${s.type} ${s.name} dim ${s.dim} userinfo ${s.userInfo} records ${s.type === 'alias' ? 0 : recs} "${s.text}"`,
    );
    if (s.dim > 0) {
      const kind = s.domainKind ? DOMAIN_KIND[s.domainKind] : 1;
      const dom = s.domain ?? new Array<string>(s.dim).fill('*');
      out.push(`  domain ${kind} (${dom.join(',')})`);
    }
    if (s.type === 'alias') continue;
    for (const r of s.records) {
      const k = r.keys.join('.');
      if (s.type === 'set') out.push(`  ${k} "${r.text ?? ''}"`);
      else out.push(`  ${k} ${r.values.map(num).join(' ')}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Read with GAMS's special-value codes (so UNDF and NA differ) and dump; errors as `error ...`. */
export function dumpGdx(bytes: Uint8Array): string {
  const r = readGdx(bytes, { specials: GAMS_SPECIALS });
  if (!r.ok) return `error ${r.error.kind}: ${r.error.message}\n`;
  return dumpGdxFile(r.file);
}
