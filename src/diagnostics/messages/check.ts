// Diagnostic messages of the check phase: codes E2xxx (errors) and W2xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const checkMessages = {
} as const satisfies Record<string, MessageDef>;
