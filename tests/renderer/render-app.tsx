import { render, type RenderResult } from '@testing-library/react';
import { setBridge } from '../../src/renderer/src/api/client';
import { createQueryClient } from '../../src/renderer/src/api/query-client';
import { App } from '../../src/renderer/src/app/App';
import { AppProviders } from '../../src/renderer/src/app/AppProviders';
import { preloadPages } from '../../src/renderer/src/app/pages';
import { FakeBridge, type FakeBridgeOptions } from './fake-bridge';

// Pages are lazily loaded chunks in the app; here their modules are imported once up front, as
// the static imports did, so a test's first query does not wait for a module to be transformed.
await preloadPages();

/** Renders the real app at `path` against a fresh fake main process. */
export function renderApp(
  path = '/team',
  options: FakeBridgeOptions | FakeBridge = {},
): RenderResult & { bridge: FakeBridge } {
  const bridge = options instanceof FakeBridge ? options : new FakeBridge(options);
  setBridge(bridge);
  window.location.hash = `#${path}`;
  const result = render(
    <AppProviders queryClient={createQueryClient()} env="test">
      <App />
    </AppProviders>,
  );
  return { ...result, bridge };
}
