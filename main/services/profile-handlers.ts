import type { HandlerDeps } from './deps.ts';
import type { Handlers } from './handler-table.ts';

export function profileHandlers({ store }: HandlerDeps): Pick<Handlers, 'profile:get' | 'profile:save'> {
  return {
    'profile:get': () => Promise.resolve(store.read().profile),
    'profile:save': async (profile) => {
      await store.update((data) => ({ ...data, profile }));
      return profile;
    },
  };
}
