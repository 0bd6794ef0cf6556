// The live preview's page script: shows each new version of the model or templates as soon as
// the server has loaded it, keeping the reader's place in the edition. It asks the server for a
// load other than the one shown; the server answers as soon as it has one (or after a while, and
// the script asks again). When the page around the edition would be the same, only the edition's
// frame is loaded again; otherwise the whole page.
(() => {
  'use strict';
  const root = document.documentElement;
  let shown = root.dataset.generation;
  const status = document.getElementById('status');
  const frame = document.getElementById('edition');
  const placeKey = 'briefing-preview-scroll';

  if (frame) {
    frame.addEventListener('load', () => {
      const place = sessionStorage.getItem(placeKey);
      if (place !== null) {
        sessionStorage.removeItem(placeKey);
        frame.contentWindow.scrollTo(0, Number(place));
      }
    });
  }

  const keepPlace = () => {
    if (frame && frame.contentWindow) {
      sessionStorage.setItem(placeKey, String(frame.contentWindow.scrollY));
    }
  };

  const check = async () => {
    try {
      const view = root.dataset.view ? '&view=' + encodeURIComponent(root.dataset.view) : '';
      const response = await fetch('/changes?after=' + encodeURIComponent(shown) + view, {cache: 'no-store'});
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const change = await response.json();
      status.textContent = '';
      if (change.generation !== shown) {
        keepPlace();
        if (frame && root.dataset.shell && change.shell === root.dataset.shell) {
          shown = change.generation;
          document.title = change.title + ' · briefing preview';
          frame.title = change.title;
          frame.contentWindow.location.reload();
        } else {
          location.reload();
          return;
        }
      }
      check();
    } catch (e) {
      // the server was stopped or is restarting: say so, and keep asking
      status.textContent = 'Preview server not reachable';
      setTimeout(check, 2000);
    }
  };
  check();
})();
