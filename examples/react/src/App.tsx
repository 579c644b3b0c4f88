/**
 * A page with one procedure: <dvc-form> renders it from its reference definition, the page gives
 * it the data it already has, and receives the validated dossier in `ondvc-submit`. Props and
 * events are typed by @dvc-kit/forms/react (see dvc-kit.d.ts), with no wrapper component: React 19
 * sets `definition` and `data` as properties and adds `ondvc-*` as event listeners.
 */
import '@dvc-kit/forms'; // defines every <dvc-*> element before React renders one
import type { DvcSubmitDetail } from '@dvc-kit/forms';
import definition from '@dvc-kit/procedures/definitions/household-business-registration.json';
import sample from '@dvc-kit/procedures/samples/household-business-registration/valid.json';
import { useState, type JSX } from 'react';

/** What the page already knows (here a sample; on a portal, the citizen's profile or a saved dossier). */
const known: Record<string, unknown> = sample;
const title = 'Đăng ký hộ kinh doanh';

export function App(): JSX.Element {
  const [received, setReceived] = useState<DvcSubmitDetail['data'] | null>(null);

  return (
    <main>
      <h1>{title}</h1>
      {received === null ? (
        <dvc-form
          definition={definition}
          data={known}
          locale="vi"
          ondvc-step={(event) => {
            // Each step gets its own page title, as a page of its own would.
            const { index, count } = event.detail;
            document.title =
              index < count ? `Bước ${index + 1}/${count} · ${title}` : `Kiểm tra lại · ${title}`;
          }}
          ondvc-submit={(event) => {
            // On a portal: event.detail.waitUntil(client.dossiers.create(...)).
            setReceived(event.detail.data);
          }}
        />
      ) : (
        <section aria-labelledby="received-title">
          <h2 id="received-title">Đã nhận hồ sơ</h2>
          <pre data-testid="received">{JSON.stringify(received, null, 2)}</pre>
        </section>
      )}
    </main>
  );
}
