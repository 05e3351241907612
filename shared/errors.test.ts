import { describe, expect, it } from 'vitest';
import { InterludeError, toApiError } from './errors.ts';

describe('toApiError', () => {
  it('keeps the code and message of our own errors', () => {
    expect(toApiError(new InterludeError('LOCKED', 'The journal is locked.'))).toEqual({
      code: 'LOCKED',
      message: 'The journal is locked.',
    });
  });

  it('never leaks the message of an unexpected error, which could hold user text or a path', () => {
    const error = toApiError(new Error('ENOENT: /home/someone/secret diary.txt'));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toContain('secret');
  });
});
