/**
 * Exposes window.chaperone: one function per channel of the API contract and an audit event
 * subscription. Never ipcRenderer itself, never the event object. Bundled as CommonJS so it runs
 * in the sandbox; it imports no zod and no Node.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  AUDIT_EVENT_CHANNEL, type AuditEvent, type Channel, type ChannelFn, type ChannelResult, type ChaperoneApi,
} from '../main/shared/api-contract.ts';
import { remoteErrorMessage } from '../main/shared/remote-error.ts';

function call<C extends Channel>(channel: C): (...args: Parameters<ChannelFn<C>>) => Promise<ChannelResult<C>> {
  return async (...args) => {
    try {
      return (await ipcRenderer.invoke(channel, ...args)) as ChannelResult<C>;
    } catch (error) {
      throw new Error(remoteErrorMessage(error), { cause: error });
    }
  };
}

const api: ChaperoneApi = {
  profile: { get: call('profile:get'), save: call('profile:save') },
  accounts: {
    list: call('accounts:list'), add: call('accounts:add'), signIn: call('accounts:signIn'), disconnect: call('accounts:disconnect'),
    update: call('accounts:update'),
  },
  audit: {
    start: call('audit:start'),
    cancel: call('audit:cancel'),
    recheck: call('audit:recheck'),
    checkedByYou: call('audit:checkedByYou'),
    openSetting: call('audit:openSetting'),
    onEvent: (listener) => {
      const forward = (_event: Electron.IpcRendererEvent, auditEvent: AuditEvent): void => { listener(auditEvent); };
      ipcRenderer.on(AUDIT_EVENT_CHANNEL, forward);
      return () => { ipcRenderer.removeListener(AUDIT_EVENT_CHANNEL, forward); };
    },
  },
  history: {
    list: call('history:list'), get: call('history:get'), answer: call('history:answer'), delete: call('history:delete'),
    compare: call('history:compare'), previousAnswers: call('history:previousAnswers'),
  },
  report: {
    json: call('report:json'), saveJson: call('report:saveJson'), openLink: call('report:openLink'),
    saveAppraisalDraft: call('report:saveAppraisalDraft'), exportAppraisal: call('report:exportAppraisal'),
    previewAppraisal: call('report:previewAppraisal'),
  },
  settings: {
    get: call('settings:get'), update: call('settings:update'), browsers: call('settings:browsers'),
    status: call('settings:status'), deleteAllData: call('settings:deleteAllData'), saveReminder: call('settings:saveReminder'),
  },
  policy: {
    get: call('policy:get'), save: call('policy:save'), preview: call('policy:preview'), saveReminder: call('policy:saveReminder'),
    export: call('policy:export'),
  },
};

contextBridge.exposeInMainWorld('chaperone', api);
