import type { PlatformId } from '../../../main/engine/types.ts';
import { PLATFORM_IDS_IN_ORDER, PLATFORM_NAMES, READ_AUTOMATICALLY } from '../../../main/shared/platforms.ts';
import { andList } from '../../../main/shared/lists.ts';

/** "X, Facebook, Instagram, Threads and LinkedIn": the platforms read today, from the same list as the options. */
function readList(): string {
  return andList(PLATFORM_IDS_IN_ORDER.filter((id) => READ_AUTOMATICALLY.has(id)).map((id) => PLATFORM_NAMES[id]));
}

/** The platform select: every platform, each saying honestly whether Chaperone reads it yet. */
export function PlatformField({ value, error, onChange }: {
  value: PlatformId | ''; error: string | undefined; onChange: (platform: PlatformId | '') => void;
}): React.JSX.Element {
  const describedBy = error === undefined ? 'platform-hint' : 'platform-hint platform-error';
  return (
    <div className={`nhsuk-form-group${error === undefined ? '' : ' nhsuk-form-group--error'}`}>
      <label className="nhsuk-label" htmlFor="platform">Platform</label>
      <div className="nhsuk-hint" id="platform-hint">
        Chaperone reads the settings of {readList()} accounts for you. For the other platforms it lists what to
        check, and shows each setting as &quot;could not check&quot; until it can read them.
      </div>
      {error !== undefined && (
        <span className="nhsuk-error-message" id="platform-error"><span className="nhsuk-u-visually-hidden">Error: </span>{error}</span>
      )}
      <select
        className={`nhsuk-select${error === undefined ? '' : ' nhsuk-select--error'}`} id="platform" name="platform"
        value={value} aria-describedby={describedBy}
        onChange={(event) => { onChange(event.target.value as PlatformId | ''); }}
      >
        <option value="">Choose a platform</option>
        {PLATFORM_IDS_IN_ORDER.map((id) => (
          <option key={id} value={id}>
            {PLATFORM_NAMES[id]}{READ_AUTOMATICALLY.has(id) ? '' : ' (not read automatically yet)'}
          </option>
        ))}
      </select>
    </div>
  );
}
