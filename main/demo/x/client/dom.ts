import type { XClientConfig } from './config.ts';

/* Browser code: each function is sent to the page as source text, so it must be self-contained. */

export function el(tag: string, attrs: Record<string, string | boolean | undefined>, ...children: (Node | string)[]): HTMLElement {
  // SVG icons need their namespace; everything else is plain HTML.
  const node = tag === 'svg' ? document.createElementNS('http://www.w3.org/2000/svg', 'svg') : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) node.setAttribute(name, '');
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node as HTMLElement;
}

/** data-testid as X's web app sets it; the redesign variant drops them. */
export function tid(config: XClientConfig, id: string): Record<string, string> {
  return config.markup === 'changed' ? {} : { 'data-testid': id };
}

export function cookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

export function go(path: string): void {
  location.replace(path);
}
