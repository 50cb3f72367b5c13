import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import { FACEBOOK_SETTINGS, FACEBOOK_TABS, labelMatches } from '../../../main/engine/platforms/facebook/facebook-settings.ts';
import type { SettingSpec } from '../../../main/engine/platforms/facebook/facebook-settings.ts';
import { handleFromProfileUrl, profileUrl } from '../../../main/engine/platforms/facebook/facebook-urls.ts';
import { facebookReader } from '../../../main/engine/platforms/facebook/index.ts';
import { optionId } from '../../../main/engine/platforms/facebook/option-labels.ts';
import { workplaceFrom } from '../../../main/engine/platforms/facebook/profile-dom.ts';
import { IDENTITY_SETTINGS } from '../../../main/engine/identity/index.ts';

const spec = (setting: string): SettingSpec => {
  const found = FACEBOOK_TABS.flatMap((t) => t.settings).find((s) => s.setting === setting);
  if (found === undefined) throw new Error(`no spec for ${setting}`);
  return found;
};

describe('Facebook option labels', () => {
  it.each([
    ['Public', 'public'], ['Everyone', 'everyone'], ['Friends of friends', 'friends-of-friends'], ['Friends', 'friends'],
    ['Friends except...', 'friends-except'], ['Friends except…', 'friends-except'], ['Specific friends', 'specific-friends'],
    ['Only me', 'only-me'], ['Custom', 'custom'], ['No one', 'no-one'], ['  only   ME ', 'only-me'],
  ])('reads "%s" as %s', (label, id) => {
    const all = ['public', 'everyone', 'friends-of-friends', 'friends', 'friends-except', 'specific-friends', 'only-me', 'custom', 'no-one'];
    expect(optionId(label, all)).toBe(id);
  });

  it('refuses a label the setting does not offer, a translated one, or one with extra words', () => {
    expect(optionId('No one', ['public', 'friends'])).toBeNull();
    expect(optionId('Amis', ['friends'])).toBeNull();
    expect(optionId('Moi uniquement', ['only-me'])).toBeNull();
    expect(optionId('Friends and colleagues', ['friends'])).toBeNull();
  });
});

describe('Facebook row labels', () => {
  it('match the 2026 and the 2019 wording of the look-up rows', () => {
    expect(labelMatches(spec('lookup_by_email'), 'People with your email address')).toBe(true);
    expect(labelMatches(spec('lookup_by_email'), 'Who can look you up using the email address you provided?')).toBe(true);
    expect(labelMatches(spec('lookup_by_phone'), 'Who can look you up using the phone number you provided?')).toBe(true);
    expect(labelMatches(spec('lookup_by_phone'), 'People with your email address')).toBe(false);
  });

  it('accept either apostrophe and stray spaces, but not other wording or another language', () => {
    expect(labelMatches(spec('profile_review'), 'Review posts that you’re tagged in before the post appears on your profile?')).toBe(true);
    expect(labelMatches(spec('future_posts_audience'), '  Who can see your\nfuture posts? ')).toBe(true);
    expect(labelMatches(spec('future_posts_audience'), 'Who can see your future posts and stories?')).toBe(false);
    expect(labelMatches(spec('future_posts_audience'), 'Qui peut voir vos futures publications ?')).toBe(false);
    expect(labelMatches(spec('search_engine_link'), 'Let search engines outside of Meta show your profile')).toBe(false);
  });

  it('give every setting one tab, one key and a label of its own', () => {
    expect(new Set(FACEBOOK_SETTINGS).size).toBe(FACEBOOK_SETTINGS.length);
    const labels = FACEBOOK_TABS.flatMap((t) => t.settings.map((s) => s.label));
    for (const s of FACEBOOK_TABS.flatMap((t) => t.settings)) {
      expect(labels.filter((label) => labelMatches(s, label)), s.setting).toEqual([s.label]);
    }
  });

  it('cover every setting the shipped Facebook checklist asks for', async () => {
    const set = await loadChecklists(fileURLToPath(new URL('../../../checklists', import.meta.url)));
    const checklist = set.platforms.find((p) => p.platform.id === 'facebook');
    const asked = (checklist?.items ?? []).flatMap((i) => [i.check?.setting, ...i.when.map((w) => w.setting)]).filter((k) => k !== undefined);
    const known = [...facebookReader.settings, ...Object.values(IDENTITY_SETTINGS)];
    expect(asked.length).toBeGreaterThanOrEqual(12);
    expect(asked.filter((k) => !known.includes(k))).toEqual([]);
    for (const item of checklist?.items ?? []) expect(item.fix.url ?? '').toMatch(/^https:\/\/www\.facebook\.com\/settings\/\?tab=/);
  });
});

describe('Facebook profile addresses and Intro lines', () => {
  it('take the handle from a vanity address or profile.php?id=, and nothing from other pages', () => {
    expect(handleFromProfileUrl('https://www.facebook.com/amina.rahman.leeds')).toBe('amina.rahman.leeds');
    expect(handleFromProfileUrl('https://www.facebook.com/profile.php?id=100089412345678')).toBe('100089412345678');
    expect(handleFromProfileUrl('https://www.facebook.com/settings/?tab=posts')).toBeNull();
    expect(handleFromProfileUrl('https://www.facebook.com/login/')).toBeNull();
    expect(handleFromProfileUrl('https://evil.example/amina.rahman')).toBeNull();
    expect(profileUrl('100089412345678')).toBe('https://www.facebook.com/profile.php?id=100089412345678');
    expect(profileUrl('amina.rahman.leeds')).toBe('https://www.facebook.com/amina.rahman.leeds');
  });

  it('find the current workplace in "Works at" or "Role at Place", never in studies, homes or past jobs', () => {
    expect(workplaceFrom(['Lives in Leeds', 'Works at Chapel Allerton Surgery'])).toBe('Chapel Allerton Surgery');
    expect(workplaceFrom(['GP Partner at Chapel Allerton Surgery', 'Lives in Leeds'])).toBe('GP Partner at Chapel Allerton Surgery');
    expect(workplaceFrom(['Studied at University of Leeds', 'Went to Leeds Grammar', 'Worked at St James\'s'])).toBeNull();
    expect(workplaceFrom([])).toBeNull();
  });
});
