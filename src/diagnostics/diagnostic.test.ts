import { describe, expect, it } from 'vitest';
import { formatTemplate } from './diagnostic.ts';
import { checkMessages as C } from './messages/check.ts';

describe('formatTemplate', () => {
  it('fills the placeholders and puts the noun after a count of 1 in the singular', () => {
    const t = C.Symbol_0_takes_1_indices_but_is_used_with_2.text;
    expect(formatTemplate(t, ['b', 1, 2])).toBe("'b' takes 1 index but is used with 2.");
    expect(formatTemplate(t, ['b', 2, 1])).toBe("'b' takes 2 indices but is used with 1.");
    expect(formatTemplate(C.Function_0_takes_1_arguments_but_got_2.text, ['f', 1, 3])).toBe(
      "Function 'f' takes 1 argument but is called with 3.",
    );
    expect(formatTemplate('{0} indices of {1}', ['11', 'x'])).toBe('11 indices of x');
  });
});
