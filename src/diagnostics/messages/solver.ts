// Diagnostic messages of the solver phase: codes E5xxx (errors) and W5xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const solverMessages = {
} as const satisfies Record<string, MessageDef>;
