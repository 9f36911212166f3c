/** The one error this package throws: a bug or a broken invariant, never bad user data. */
export class IndicatorError extends Error {
  override readonly name = "IndicatorError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
