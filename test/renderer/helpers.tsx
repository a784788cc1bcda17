import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach } from 'vitest';
import { App } from '../../src/renderer/app/app';
import { useNav, type Section } from '../../src/renderer/app/nav-store';
import { resetAllStores } from '../../src/renderer/lib/create-store';
import { createFakeApi, type FakeApi, type FakeOptions } from './fake/fake-api';
import { loadLazyParts } from '../../src/renderer/components/lazy-part';

// The app loads its screens lazily; here they are all loaded first, so a test meets each screen as soon as it opens.
await loadLazyParts();

afterEach(() => {
  cleanup();
});

/** Every store back to what a freshly opened window holds; the stores are found where they are made. */
export function resetStores(): void {
  resetAllStores();
}

/** The whole app against a fresh stand-in for main, opened on one section. */
export function renderApp(options: FakeOptions = {}, section: Section = 'campaigns') {
  return renderAppWith(createFakeApi(options), section);
}

/** A fresh window on a main that already exists: what a reload looks like. */
export function renderAppWith(fake: FakeApi, section: Section = 'campaigns') {
  resetStores();
  window.api = fake.api;
  useNav.setState({ section });
  const view = render(<App />);
  return { ...fake, view };
}

export function rail() {
  return within(screen.getByRole('navigation', { name: 'Main' }));
}

/** The text of whatever describes a control (its error or hint), as a screen reader would read it. */
export function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/**
 * jsdom lays nothing out; the rows table needs a viewport height to decide which rows to draw.
 * Gives every element with this class the height a real window would.
 */
export function giveScrollHeight(className: string, height: number, width = 900): () => void {
  const proto = HTMLElement.prototype;
  const original = {
    clientHeight: Object.getOwnPropertyDescriptor(proto, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(proto, 'clientWidth'),
  };
  Object.defineProperty(proto, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains(className) ? height : 0;
    },
  });
  Object.defineProperty(proto, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains(className) ? width : 0;
    },
  });
  return () => {
    for (const key of ['clientHeight', 'clientWidth'] as const) {
      const before = original[key];
      if (before) Object.defineProperty(proto, key, before);
      else delete (proto as unknown as Record<string, unknown>)[key];
    }
  };
}
