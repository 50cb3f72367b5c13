/** Only https links listed in the checklist data may be opened in the user's browser. */
import { describe, expect, it } from 'vitest';
import { externalLinkAllowed } from '../../../main/app/security/external-links.ts';

const ALLOWED = new Set([
  'https://www.gmc-uk.org/professional-standards/ethical-guidance/doctors-use-of-social-media',
  'http://insecure.example/guidance',
  'https://user:secret@www.example.org/guidance',
]);

describe('externalLinkAllowed', () => {
  it('allows a listed https link, exactly as listed', () => {
    expect(externalLinkAllowed('https://www.gmc-uk.org/professional-standards/ethical-guidance/doctors-use-of-social-media', ALLOWED)).toBe(true);
  });

  it.each([
    ['not listed', 'https://www.gmc-uk.org/'],
    ['listed but with a different query', 'https://www.gmc-uk.org/professional-standards/ethical-guidance/doctors-use-of-social-media?x=1'],
    ['listed but http', 'http://insecure.example/guidance'],
    ['listed but carrying credentials', 'https://user:secret@www.example.org/guidance'],
    ['javascript', 'javascript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['not a URL', 'www.gmc-uk.org'],
    ['empty', ''],
  ])('refuses a link that is %s', (_why, url) => {
    expect(externalLinkAllowed(url, ALLOWED)).toBe(false);
  });
});
