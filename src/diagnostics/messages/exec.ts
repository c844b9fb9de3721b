// Diagnostic messages of the exec phase: codes E3xxx (errors) and W3xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const execMessages = {
} as const satisfies Record<string, MessageDef>;
