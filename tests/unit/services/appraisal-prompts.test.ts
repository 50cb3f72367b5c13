/** The export screen shows the engine's reflection prompts word for word (the renderer keeps a copy). */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../main/engine/appraisal/prompts.ts';
import * as screen from '../../../renderer/components/export/reflection-prompts.ts';

describe('reflection prompts', () => {
  it('are the same on the export screen as in the engine', () => {
    expect(screen.REFLECTION_PROMPTS).toEqual(engine.REFLECTION_PROMPTS);
    expect(screen.REFLECTION_PARTS).toEqual(engine.REFLECTION_PARTS);
  });
});
