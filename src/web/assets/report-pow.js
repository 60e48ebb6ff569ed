// The report form's proof of work (served as /assets/report-pow.js, the only script the
// report page's CSP allows; no inline script). While the sender types, it looks for a
// nonce such that SHA-256(token + nonce) starts with `data-pow-bits` zero bits, and
// writes it into the hidden `nonce` field; a form sent before that waits for it, saying
// so in the status line. Without this script (or without WebCrypto, outside a secure
// context) the form is sent with no nonce and the server takes it once the page's wait
// has passed (`src/http/proof-of-work.ts`).
(() => {
  const form = document.querySelector('form.tip-form[data-pow-bits]');
  const subtle = window.crypto && window.crypto.subtle;
  if (!form || !subtle) return;
  const token = form.elements.namedItem('pow').value;
  const nonceField = form.elements.namedItem('nonce');
  const bits = Number(form.dataset.powBits);
  const status = document.getElementById('pow-status');
  const note = document.getElementById('pow-note');
  if (note) note.hidden = true;
  const encoder = new TextEncoder();
  const BATCH = 32; // digests in flight at once: WebCrypto's per-call cost, shared

  const zeroBits = (bytes) => {
    let n = 0;
    for (const byte of bytes) {
      if (byte !== 0) return n + Math.clz32(byte) - 24;
      n += 8;
    }
    return n;
  };

  const solve = async () => {
    for (let n = 0; ; n += BATCH) {
      const batch = [];
      for (let i = 0; i < BATCH; i++) batch.push(subtle.digest('SHA-256', encoder.encode(token + (n + i))));
      const hashes = await Promise.all(batch);
      for (let i = 0; i < BATCH; i++) if (zeroBits(new Uint8Array(hashes[i])) >= bits) return String(n + i);
    }
  };

  let done = false;
  const work = solve().then(
    (nonce) => {
      nonceField.value = nonce;
      done = true;
    },
    () => {
      // No nonce: the server's rule for forms sent without JavaScript applies.
      done = true;
      if (note) note.hidden = false;
    },
  );

  let waiting = false;
  form.addEventListener('submit', (event) => {
    if (done) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    status.textContent = status.dataset.preparing;
    const button = form.querySelector('button[type="submit"]');
    if (button) button.setAttribute('aria-disabled', 'true');
    work.then(() => form.submit());
  });
})();
