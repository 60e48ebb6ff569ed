// The report form's script (served as /assets/report-pow.js, the only script the
// report page's CSP allows; no inline script). From the sender's first focus or input in
// the form and while they type, it looks for a nonce such that SHA-256(token + nonce) starts with `data-pow-bits` zero bits, and
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

  // The digests' promises settle as microtasks, so without a break the whole search would
  // be one task holding the page for a second or more on a slow phone (Lighthouse counted
  // 0.4 to 2.7 s of blocking time): after SLICE_MS of work it lets the page run (a message,
  // not a timer, which browsers would stretch to 4 ms a turn). Even a phone four times
  // slower than this machine then sees no task over 50 ms.
  const SLICE_MS = 4;
  const channel = new window.MessageChannel();
  const pending = [];
  channel.port1.onmessage = () => pending.shift()?.();
  const yieldToPage = () =>
    new Promise((resolve) => {
      pending.push(resolve);
      channel.port2.postMessage(null);
    });

  const solve = async () => {
    let slice = window.performance.now();
    for (let n = 0; ; n += BATCH) {
      const batch = [];
      for (let i = 0; i < BATCH; i++) batch.push(subtle.digest('SHA-256', encoder.encode(token + (n + i))));
      const hashes = await Promise.all(batch);
      for (let i = 0; i < BATCH; i++) if (zeroBits(new Uint8Array(hashes[i])) >= bits) return String(n + i);
      if (window.performance.now() - slice > SLICE_MS) {
        await yieldToPage();
        slice = window.performance.now();
      }
    }
  };

  // The search starts when the sender first comes to the form (a focus or an input), not
  // while the page loads: a reader who only looks at the page spends nothing on it.
  let done = false;
  let work = null;
  const start = () =>
    (work ??= solve().then(
      (nonce) => {
        nonceField.value = nonce;
        done = true;
      },
      () => {
        // No nonce: the server's rule for forms sent without JavaScript applies.
        done = true;
        if (note) note.hidden = false;
      },
    ));
  form.addEventListener('focusin', start, { once: true });
  form.addEventListener('input', start, { once: true });

  let waiting = false;
  form.addEventListener('submit', (event) => {
    if (done) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    status.textContent = status.dataset.preparing;
    const button = form.querySelector('button[type="submit"]');
    if (button) button.setAttribute('aria-disabled', 'true');
    start().then(() => form.submit());
  });
})();

// The name search: as the sender types who the report is about, the people of the registry
// whose names match (public ones only) are offered; choosing one sends their id with the
// report. The name goes to this site in a POST body (`/{lang}/report/names`), never in a URL.
(() => {
  const box = document.getElementById('who-names');
  const who = document.getElementById('who');
  const form = document.querySelector('form.tip-form');
  if (!box || !who || !form || !window.fetch) return;
  const status = document.getElementById('who-names-status');
  const list = document.getElementById('who-names-list');
  let timer = 0;
  let asked = '';

  const personField = () => {
    let field = form.elements.namedItem('personId');
    if (!field) {
      field = document.createElement('input');
      field.type = 'hidden';
      field.name = 'personId';
      form.prepend(field);
    }
    return field;
  };

  const choose = (person) => {
    personField().value = person.id;
    who.value = person.name;
    list.replaceChildren();
    let about = form.querySelector('.tip-about');
    if (!about) {
      about = document.createElement('p');
      about.className = 'tip-about';
      form.prepend(about);
    }
    about.textContent = box.dataset.about.replace('{name}', person.name) + ' ';
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.textContent = box.dataset.clear;
    clear.addEventListener('click', () => {
      personField().value = '';
      about.remove();
      who.focus();
    });
    about.append(clear);
    status.textContent = '';
    box.hidden = true;
  };

  const show = (people) => {
    list.replaceChildren(
      ...people.map((person) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = person.born
          ? `${person.name} (${box.dataset.born.replace('{year}', person.born)})`
          : person.name;
        button.addEventListener('click', () => choose(person));
        item.append(button);
        return item;
      }),
    );
    status.textContent = people.length > 0 ? box.dataset.found : box.dataset.none;
    box.hidden = false;
  };

  const search = async () => {
    const q = who.value.trim();
    if (sending || q.length < 3 || q === asked) return;
    asked = q;
    try {
      const res = await fetch(box.dataset.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ q }),
        credentials: 'omit',
      });
      if (!res.ok || who.value.trim() !== q) return;
      show((await res.json()).people);
    } catch {
      // No suggestions: the sender writes the name as they know it.
    }
  };

  let sending = false;
  who.addEventListener('input', () => {
    window.clearTimeout(timer);
    if (!sending) timer = window.setTimeout(search, 400);
  });
  // Once the form is sent, no more searches: the page is about to go.
  form.addEventListener('submit', () => {
    sending = true;
    window.clearTimeout(timer);
  });
})();
