/**
 * The engine process. Electron starts it as a utilityProcess (built to out/main/engine-host.js);
 * tests and the CLI fork it with Node. A hung page then stalls this process, never the window.
 */
import { ipcLink, parentPortLink, type ParentPortLike } from './process-links.ts';
import { serveEngine } from './serve-engine.ts';

// Through unknown: Electron's global types claim every process has one; a Node child has none.
const parentPort = (process as unknown as { parentPort?: ParentPortLike | null }).parentPort ?? null;

if (parentPort === null && !('send' in process)) {
  process.stderr.write('This is the Chaperone audit engine; the app starts it. Run "chaperone" instead.\n');
  process.exit(2);
}

const { link, flush } = parentPort === null ? ipcLink() : parentPortLink(parentPort);
serveEngine(link, {
  exit: (code) => { void flush().then(() => process.exit(code)); },
});
// No SIGTERM handler on purpose: kill() is the last resort for an engine that did not stop when
// asked, and a handler would make it wait on that same engine. Audit browsers (pipe transport)
// close by themselves when this process goes.
