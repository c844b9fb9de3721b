// Diagnostic messages of GDX reading and writing ($gdxin/$load, execute_load, execute_unload,
// --gdx): codes E7xxx (errors) and W7xxx (warnings). Keys name the message; never reuse a code.
// Imports diagnostic.ts.
import type { MessageDef } from '../diagnostic.ts';

export const gdxMessages = {
  Gdx_file_0_not_found: { code: 'E7001', severity: 'error', text: "GDX file '{0}' not found." },
  File_0_is_not_gdx_1: { code: 'E7002', severity: 'error', text: "'{0}' is not a readable GDX file: {1}." },
  Symbol_0_not_in_gdx_1: { code: 'E7003', severity: 'error', text: "Symbol '{0}' is not in GDX file '{1}'." },
  Gdx_dimension_0_1_2_3: {
    code: 'E7004',
    severity: 'error',
    text: "'{0}' has {1} dimension(s) but '{2}' in the GDX file has {3}.",
  },
  Gdx_type_0_1_2_3: {
    code: 'E7005',
    severity: 'error',
    text: "'{0}' is a {1} and cannot be loaded from the {2} '{3}' of the GDX file.",
  },
  Gdx_domain_violation_0_1_2: {
    code: 'E7006',
    severity: 'error',
    text: "Domain violation loading '{0}': '{1}' is not an element of '{2}'.",
  },
  Load_without_gdxin: {
    code: 'E7007',
    severity: 'error',
    text: '$load needs a GDX file opened with $gdxin first.',
  },
  Load_0_not_declared: {
    code: 'E7008',
    severity: 'error',
    text: "'{0}' must be declared before it is loaded from a GDX file.",
  },
  Gdx_cannot_write_0_1: { code: 'E7009', severity: 'error', text: "GDX file '{0}' cannot be written: {1}." },
  Gdx_needs_host: {
    code: 'E7010',
    severity: 'error',
    text: 'GDX files cannot be read or written here (no file access).',
  },
  Gdx_bad_load_item_0: {
    code: 'E7011',
    severity: 'error',
    text: "'{0}' is not a symbol to load: write 'name' or 'name=gdxname'.",
  },
  Gdx_cannot_unload_0: {
    code: 'E7012',
    severity: 'error',
    text: "'{0}' is a {1}: it cannot be loaded from or written to a GDX file.",
  },
  Gdx_filtered_0_1: {
    code: 'W7001',
    severity: 'warning',
    text: "{1} record(s) of '{0}' outside its domain were not loaded (use $loaddc to make this an error).",
  },
  Gdx_undf_0_1: {
    code: 'W7002',
    severity: 'warning',
    text: "'{0}' holds {1} UNDF value(s) in the GDX file; EMD reads them as NA.",
  },
  Gdx_acronym_0: {
    code: 'W7003',
    severity: 'warning',
    text: "'{0}' holds acronym values, which EMD does not support; they are read as NA.",
  },
  Gdx_load_lists: {
    code: 'W7004',
    severity: 'warning',
    text: '$load without symbols lists the GDX file in GAMS; EMD loads nothing.',
  },
} as const satisfies Record<string, MessageDef>;
