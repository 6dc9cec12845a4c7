import { DocTextError } from '../src/index.ts';

/** The DocTextError a reading ends with; any other error, or none, fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<DocTextError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DocTextError) return error;
    throw error;
  }
  throw new Error('accepted');
}
