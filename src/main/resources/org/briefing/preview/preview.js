// The live preview's page script: reloads the page when the server has loaded a newer version
// of the model or templates, and keeps the reader's place in the edition across the reload.
(() => {
  'use strict';
  const shown = document.documentElement.dataset.generation;
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

  const check = async () => {
    try {
      const response = await fetch('/generation', {cache: 'no-store'});
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const current = await response.text();
      status.textContent = '';
      if (current !== shown) {
        if (frame && frame.contentWindow) {
          sessionStorage.setItem(placeKey, String(frame.contentWindow.scrollY));
        }
        location.reload();
        return;
      }
      setTimeout(check, 500);
    } catch (e) {
      // the server was stopped or is restarting: say so, and keep asking
      status.textContent = 'Preview server not reachable';
      setTimeout(check, 2000);
    }
  };
  setTimeout(check, 500);
})();
