import { useEffect, useState } from 'react';
import type { AppStatus } from '../main/shared/api-contract.ts';
import { chaperone } from './chaperone-api.ts';

/** First screen until the audit screens arrive: what the app is, and anything the user must know about their data. */
export function App(): React.JSX.Element {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    chaperone().settings.status().then(setStatus, (error: unknown) => {
      setProblem(error instanceof Error ? error.message : String(error));
    });
  }, []);
  return (
    <main>
      <h1>Chaperone</h1>
      <p>Checks your social-media privacy and name settings against professional guidance. Everything stays on this computer.</p>
      {problem !== null && <p role="alert">Chaperone could not read its settings: {problem}</p>}
      {status?.recovered && (
        <p role="alert">
          Your saved Chaperone data could not be read ({status.recovered.reason}), so Chaperone started afresh.
          The old file is kept at {status.recovered.backupPath}.
        </p>
      )}
      {status?.encryptionNotice != null && <p role="status">{status.encryptionNotice}</p>}
    </main>
  );
}
