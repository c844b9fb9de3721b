// The GDX file format (version 7) as the reference library GAMS-dev/gdx (src/gxfile.cpp,
// src/gdlib/gmsstrm.cpp) writes it: constants and the in-memory form of a file. Imports nothing.
//
// Why src/data/ and not src/report/: `$load` reads GDX at compile time, so the checker needs the
// reader, and check may only import what sits above it. The codec (this folder) is pure and knows
// nothing of EMD's symbols; src/check/gdx-load.ts stores GDX records into symbols and
// src/bind/gdx-records.ts turns symbols into GDX records.
//
// Layout (all integers little-endian as written on x86; the byte-order header tells):
//   byte-order header  [2][0x1234][4][0x12345678][8][pi]                  (17 bytes)
//   header             byte 123, string "GAMSGDX", int version, int compression,
//                      string audit line, string producer,
//                      int 19510624 then int64 offsets of: symbol table, UEL table, set texts,
//                      acronyms, next write position, domain strings (10 int64 reserved)
//   data blocks        per symbol: string "_DATA_", byte dim, int record count, min/max UEL
//                      number per dimension, records (delta-coded keys, one indicator byte per
//                      value, raw doubles), byte 255
//   symbol table       "_SYMB_", count, per symbol: name, int64 position, dim, type byte, user
//                      info, record count, error count, has-set-text byte, text, compressed byte,
//                      domain-symbols flag (+ ints), comment count (+ strings), "_SYMB_"
//   set texts          "_SETT_", count, strings (text 0 is ""), "_SETT_"
//   UELs               "_UEL_", count, strings, "_UEL_"
//   acronyms           "_ACRO_", count, (name, text, int index)..., "_ACRO_"
//   domain strings     "_DOMS_", count, strings, "_DOMS_", (int symbol, int string per dim)...,
//                      int -1, "_DOMS_"
// Strings are a length byte and that many bytes. In a compressed file every section after the
// header is a sequence of blocks: byte type (0 stored, 1 zlib), 2 bytes big-endian length, data;
// each block holds at most 32 KB once inflated.

export const GDX_VERSION = 7;
export const HEADER_NR = 123;
export const HEADER_ID = 'GAMSGDX';
export const MARK_BOI = 19510624;
export const MARK_UEL = '_UEL_';
export const MARK_SYMB = '_SYMB_';
export const MARK_DATA = '_DATA_';
export const MARK_SETT = '_SETT_';
export const MARK_ACRO = '_ACRO_';
export const MARK_DOMS = '_DOMS_';
/** Uncompressed size of one block of a compressed file. */
export const BLOCK_SIZE = 32 * 1024;
export const MAX_DIM = 20;
/** Longest label (GLOBAL_UEL_IDENT_SIZE - 1). */
export const MAX_UEL_LENGTH = 63;

/** Symbol types in their file codes (dt_set ... dt_alias). */
export const SYMBOL_TYPES = ['set', 'parameter', 'variable', 'equation', 'alias'] as const;
export type GdxSymbolType = (typeof SYMBOL_TYPES)[number];

/** Values per record: level; or level, marginal, lower, upper, scale for variables and equations. */
export function valueCount(t: GdxSymbolType): number {
  return t === 'variable' || t === 'equation' ? 5 : 1;
}

/** GAMS variable types (user info of a variable symbol). */
export const VAR_TYPES = [
  'unknown',
  'binary',
  'integer',
  'positive',
  'negative',
  'free',
  'sos1',
  'sos2',
  'semicont',
  'semiint',
] as const;
/** GAMS equation types; the user info of an equation is 53 + the type's index. */
export const EQU_TYPES = ['e', 'g', 'l', 'n', 'x', 'c', 'b'] as const;
export const EQU_USERINFO_BASE = 53;

/** GAMS's internal codes of the special values (what the reference reader returns by default). */
export const GMS_SV = { undf: 1e300, na: 2e300, pinf: 3e300, minf: 4e300, eps: 5e300, acr: 1e301 } as const;

/**
 * How special values appear as numbers. The reader maps the indicator bytes to these; the writer
 * maps these back (compared with Object.is, so -0 and NaN work). EMD's convention: EPS is -0, NA
 * is NaN, the infinities are themselves; UNDF has no value of its own in EMD and reads as NaN.
 */
export interface SpecialValues {
  undf: number;
  na: number;
  pinf: number;
  minf: number;
  eps: number;
}
export const EMD_SPECIALS: SpecialValues = { undf: NaN, na: NaN, pinf: Infinity, minf: -Infinity, eps: -0 };
export const GAMS_SPECIALS: SpecialValues = {
  undf: GMS_SV.undf,
  na: GMS_SV.na,
  pinf: GMS_SV.pinf,
  minf: GMS_SV.minf,
  eps: GMS_SV.eps,
};

/** One record: labels (one per dimension) and values (see valueCount). */
export interface GdxRecord {
  keys: string[];
  values: number[];
  /** Element text of a set record. */
  text?: string;
}

export interface GdxSymbol {
  name: string;
  type: GdxSymbolType;
  dim: number;
  /** Variable type, 53 + equation type, or for an alias the number (1-based) of its set, 0: `*`. */
  userInfo: number;
  /** Explanatory text. */
  text: string;
  /**
   * Domain per dimension ('*' for the universe): the names the file gives, relaxed domain
   * strings first, else the domain symbols. Undefined when the file has none.
   */
  domain?: string[];
  /**
   * Where the domain comes from: 'regular' (domain symbols of the file, gdxSymbolSetDomain) or
   * 'relaxed' (domain strings, gdxSymbolSetDomainX). The writer writes 'regular' unless told.
   */
  domainKind?: 'regular' | 'relaxed';
  /** For an alias: the name of the aliased set ('*' for the universe). */
  aliasOf?: string;
  records: GdxRecord[];
  /** Record count of the symbol table (records are decoded only for the symbols asked for). */
  recordCount?: number;
  comments?: string[];
  /** Number of UNDF values read (EMD reads them as NaN; the loader warns). */
  undfCount?: number;
}

export interface GdxAcronym {
  name: string;
  text: string;
  /** The acronym's value is index * 1e301. */
  index: number;
}

export interface GdxFile {
  version: number;
  compressed: boolean;
  audit: string;
  producer: string;
  /** Unique element labels in file order (UEL number k is uels[k - 1]). */
  uels: string[];
  symbols: GdxSymbol[];
  acronyms: GdxAcronym[];
}

/** Why a file could not be read, with the byte offset where it went wrong (when known). */
export interface GdxError {
  kind: 'not-gdx' | 'version' | 'corrupt' | 'truncated' | 'zlib';
  message: string;
  offset?: number;
}

/** zlib compression for the writer: node:zlib in Node, absent in the browser (files stay uncompressed). */
export interface Deflater {
  /** A zlib stream (RFC 1950), as zlib's compress() makes. */
  deflate(data: Uint8Array): Uint8Array;
}
