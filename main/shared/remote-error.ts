/**
 * Electron wraps a rejected handler as "Error invoking remote method 'x:y': ApiError: <message>".
 * The renderer shows the user only the message.
 */
export function remoteErrorMessage(error: unknown): string {
  const hasMessage = typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
  const text = hasMessage ? (error.message as string) : String(error);
  return text.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}
