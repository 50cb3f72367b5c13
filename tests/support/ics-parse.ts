/**
 * Reads an iCalendar file the way a calendar program does (RFC 5545 §3.1): lines end in CRLF,
 * a line starting with a space or tab continues the one before, TEXT values are unescaped.
 * Written for the tests, apart from the builder, so that a builder bug does not hide itself.
 */
export interface IcsProperty { name: string; params: Record<string, string>; value: string }

/** The content lines after unfolding; throws on a bare LF or CR, which the format does not allow. */
export function unfold(text: string): string[] {
  if (/(^|[^\r])\n/.test(text) || /\r(?!\n)/.test(text)) throw new Error('A line does not end in CRLF.');
  if (!text.endsWith('\r\n')) throw new Error('The file does not end in CRLF.');
  return text.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function parseLine(line: string): IcsProperty {
  const colon = line.indexOf(':');
  if (colon === -1) throw new Error(`No colon in "${line}".`);
  const [name = '', ...params] = line.slice(0, colon).split(';');
  return {
    name, value: line.slice(colon + 1),
    params: Object.fromEntries(params.map((p) => { const [k = '', v = ''] = p.split('='); return [k, v]; })),
  };
}

export interface IcsComponent { name: string; properties: IcsProperty[]; components: IcsComponent[] }

/** The file as nested components (VCALENDAR › VEVENT › VALARM); BEGIN and END must pair up. */
export function parseIcs(text: string): IcsComponent {
  const stack: IcsComponent[] = [];
  let root: IcsComponent | null = null;
  for (const line of unfold(text)) {
    const property = parseLine(line);
    if (property.name === 'BEGIN') {
      const component = { name: property.value, properties: [], components: [] };
      stack.at(-1)?.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      const done = stack.pop();
      if (done?.name !== property.value) throw new Error(`END:${property.value} does not close ${done?.name ?? 'anything'}.`);
      if (stack.length === 0) root = done;
    } else {
      const current = stack.at(-1);
      if (current === undefined) throw new Error(`"${line}" is outside any component.`);
      current.properties.push(property);
    }
  }
  if (root === null || stack.length > 0) throw new Error('The calendar is not closed.');
  return root;
}

/** The one property of this name (throws when there is none or more than one). */
export function prop(component: IcsComponent, name: string): IcsProperty {
  const found = component.properties.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${component.name} has ${String(found.length)} ${name} properties.`);
  return found[0] as IcsProperty;
}
