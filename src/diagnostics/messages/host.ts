// Diagnostic messages of the host and command line: codes E0xxx (errors) and W0xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const hostMessages = {
  File_0_not_found: { code: 'E0001', severity: 'error', text: "File '{0}' not found." },
  File_0_cannot_be_read_1: { code: 'E0002', severity: 'error', text: "File '{0}' cannot be read: {1}." },
  File_0_is_empty: {
    code: 'E0003',
    severity: 'error',
    text: "File '{0}' is empty: there is nothing to run.",
  },
  File_0_is_not_text: {
    code: 'E0004',
    severity: 'error',
    text: "File '{0}' is not a text file (it holds binary data).",
  },
  Unknown_solver_0: { code: 'E0005', severity: 'error', text: "Unknown solver '{0}'." },
  // ---- E0040–E0049: output files and interruption of `emd solve`. ----
  Output_folder_0_1_unusable_2: {
    code: 'E0040',
    severity: 'error',
    text: "The {0} folder '{1}' cannot be used: {2}.",
  },
  Output_0_not_written_1: {
    code: 'E0041',
    severity: 'error',
    text: "'{0}' could not be written: {1}.",
  },
  Path_0_is_a_folder: {
    code: 'E0010',
    severity: 'error',
    text: "'{0}' is a folder, not a model file.",
  },
  No_solver_has_option_0: {
    code: 'E0011',
    severity: 'error',
    text: "No solver has an option '{0}' (solvers: {1}).",
  },
  // ---- E0100–E0109: the Redis backend of asynchronous solves (--redis, emd worker; issue 20). ----
  Redis_0_unreachable_1: {
    code: 'E0100',
    severity: 'error',
    text: 'Redis at {0} is unreachable ({1}).',
  },
  Redis_url_0_invalid: {
    code: 'E0101',
    severity: 'error',
    text: "'{0}' is not a Redis URL (redis://HOST:PORT).",
  },
} as const satisfies Record<string, MessageDef>;
