// Diagnostic messages of the syntax phase: codes E1xxx (errors) and W1xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const syntaxMessages = {
} as const satisfies Record<string, MessageDef>;
