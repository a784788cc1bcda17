import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Loader = () => Promise<unknown>;

const loaders: Loader[] = [];
let warming = false;

/**
 * A screen or pane whose script loads when it is first shown, so the first screen starts from a small
 * bundle. Every part is also fetched once the first screen is up (see warmLazyParts), so later
 * navigation does not wait on the network or the disk.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  let loaded: ComponentType<P> | null = null;
  const once = memo(() =>
    load().then((component) => {
      loaded = component;
      return component;
    }),
  );
  loaders.push(once);
  // A part that registers late (inside another lazy part) is fetched at once when warming already began.
  if (warming) void once().catch(() => undefined);
  return lazy(() => {
    // Already fetched (warmed in the background): answer at once, so the part shows without a loading frame.
    const ready = loaded;
    // React settles a lazy part in the same render when its thenable calls back at once; a Promise never does.
    if (ready)
      return { then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: ready }) } as unknown as Promise<{
        default: ComponentType<P>;
      }>;
    return once().then((component) => ({ default: component }));
  });
}

/** Fetches every lazy part in the background; a failure shows later, when the part is opened. */
export function warmLazyParts(): void {
  if (warming) return;
  warming = true;
  for (const load of loaders) void load().catch(() => undefined);
}

/** Fetches every part, including those registered by parts it loads; for tests that render screens at once. */
export async function loadLazyParts(): Promise<void> {
  let done = 0;
  while (done < loaders.length) {
    const batch = loaders.slice(done);
    done = loaders.length;
    await Promise.all(batch.map((load) => load()));
  }
}

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    // A failed fetch (a chunk missing after an update) is tried again the next time the part is opened.
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/** What shows while a part's script loads: nothing for a moment, then one quiet line where the part will be. */
export function PartLoading({ what }: { what: string }) {
  return (
    <p className="muted part-loading" role="status">
      Opening {what}…
    </p>
  );
}
