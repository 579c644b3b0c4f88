/** The demo portal: a hash router over four pages, and the account area in the header. */
import '@dvc-kit/forms';
import { html, nothing, render, type TemplateResult } from 'lit';
import { auth, client, completeSignIn, signIn, signedIn } from './portal.js';
import { dossierPage } from './pages/dossier.js';
import { dossiersPage } from './pages/dossiers.js';
import { followStepInUrl, procedurePage } from './pages/procedure.js';
import { searchPage } from './pages/search.js';
import { problem } from './pages/problem.js';
import { byId } from './dom.js';

const main = byId('main');
const account = byId('account');

/** The page for a hash route. */
function route(hash: string): Promise<TemplateResult> {
  const [first = '', second] = (hash.split('?')[0] ?? '').replace(/^#\/?/, '').split('/');
  if (first === 'procedures' && second) return procedurePage(decodeURIComponent(second));
  if (first === 'dossiers' && second) return dossierPage(decodeURIComponent(second));
  if (first === 'dossiers') return dossiersPage();
  return searchPage(new URLSearchParams(hash.split('?')[1] ?? '').get('q') ?? '');
}

async function showAccount(): Promise<void> {
  if (!(await signedIn())) {
    render(
      html`<button class="button" @click=${() => void signIn(location.hash || '#/')}>
        Đăng nhập bằng VNeID
      </button>`,
      account,
    );
    return;
  }
  const me = await client.profile.retrieve().catch(() => undefined);
  render(
    html`<a href="#/dossiers">Hồ sơ của tôi</a>
      <span class="who">${me?.fullName ?? ''}</span>
      <button
        class="button secondary"
        @click=${async () => {
          await auth.signOut();
          await showAccount();
          await show();
        }}
      >
        Đăng xuất
      </button>`,
    account,
  );
}

/** The number of the latest `show()`: a slower, older one must not draw over a newer page. */
let shows = 0;

async function show(): Promise<void> {
  const id = ++shows;
  main.setAttribute('aria-busy', 'true');
  let page: TemplateResult;
  try {
    page = await route(location.hash);
  } catch (error) {
    page = problem(error);
  }
  if (id !== shows) return;
  // A new route gets new elements: a form already filed (or of another procedure) is not reused.
  render(nothing, main);
  render(page, main);
  main.removeAttribute('aria-busy');
}

/** The route without its query. */
const pathOf = (hash: string): string => hash.split('?')[0] ?? '';
let shownPath = pathOf(location.hash);

window.addEventListener('hashchange', () => {
  const path = pathOf(location.hash);
  // Only the step of the form shown changed (Back, Forward): the form follows, nothing is redrawn.
  if (path === shownPath && path.startsWith('#/procedures/')) {
    followStepInUrl(main);
    return;
  }
  shownPath = path;
  void show().then(() => {
    main.focus();
  });
});

const returnTo = await completeSignIn().catch((error: unknown) => {
  render(problem(error), main);
  return undefined;
});
if (returnTo !== undefined) history.replaceState(null, '', returnTo);
shownPath = pathOf(location.hash);
await showAccount();
await show();
