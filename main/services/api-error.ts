/** An error the user may see as it is: plain words, no paths, no input echoed back. */
export class ApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiError';
  }
}
