import { ipcMain, type WebContents } from 'electron';
import { AUDIT_EVENT_CHANNEL, CHANNELS, type AuditEvent } from '../shared/api-contract.ts';
import { invokeHandler, type Handlers } from '../services/handler-table.ts';
import { isTrustedSender } from './security/trusted-sender.ts';

/** Wires every channel of the contract to its handler, behind the sender check and argument parsing. */
export function registerIpc(handlers: Handlers, trustedOrigin: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      const trusted = isTrustedSender(event.senderFrame, trustedOrigin);
      // The preload sends at most one argument; anything else did not come through it.
      return invokeHandler(handlers, channel, args.length > 1 ? args : args[0], trusted);
    });
  }
}

export function auditEventSender(contents: () => WebContents | null): (event: AuditEvent) => void {
  return (event) => {
    const target = contents();
    if (target !== null && !target.isDestroyed()) target.send(AUDIT_EVENT_CHANNEL, event);
  };
}
