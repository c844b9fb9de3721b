// Diagnostic messages of the model phase: codes E4xxx (errors) and W4xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const modelMessages = {
} as const satisfies Record<string, MessageDef>;
