// Passkeys on Rollcall's staff pages: the only script Rollcall serves (CSP
// script-src 'self' under /staff/). Without it the password and code still work.
(() => {
  if (!window.PublicKeyCredential) return;
  const enc = (buf) =>
    btoa(String.fromCharCode(...new Uint8Array(buf)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  const dec = (s) =>
    Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4)), (c) =>
      c.charCodeAt(0),
    );
  const ids = (list) => (list || []).map((c) => ({ ...c, id: dec(c.id) }));
  const creation = (o) =>
    PublicKeyCredential.parseCreationOptionsFromJSON
      ? PublicKeyCredential.parseCreationOptionsFromJSON(o)
      : {
          ...o,
          challenge: dec(o.challenge),
          user: { ...o.user, id: dec(o.user.id) },
          excludeCredentials: ids(o.excludeCredentials),
        };
  const request = (o) =>
    PublicKeyCredential.parseRequestOptionsFromJSON
      ? PublicKeyCredential.parseRequestOptionsFromJSON(o)
      : { ...o, challenge: dec(o.challenge), allowCredentials: ids(o.allowCredentials) };
  const json = (cred) => {
    if (cred.toJSON) return cred.toJSON();
    const r = cred.response;
    const response = { clientDataJSON: enc(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = enc(r.attestationObject);
      response.transports = r.getTransports ? r.getTransports() : [];
    } else {
      response.authenticatorData = enc(r.authenticatorData);
      response.signature = enc(r.signature);
      if (r.userHandle) response.userHandle = enc(r.userHandle);
    }
    return {
      id: cred.id,
      rawId: enc(cred.rawId),
      type: cred.type,
      response,
      clientExtensionResults: cred.getClientExtensionResults(),
    };
  };
  const post = async (url, body, csrf) => {
    const headers = { 'content-type': 'application/json' };
    if (csrf) headers['x-csrf-token'] = csrf;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error((data.error && data.error.message) || String(res.status));
    return data;
  };
  const status = (button, text) => {
    const box = document.getElementById(button.dataset.status);
    if (box) box.textContent = text;
  };

  const signIn = document.getElementById('passkey-sign-in');
  if (signIn) {
    signIn.hidden = false;
    signIn.addEventListener('click', async () => {
      try {
        const { challengeId, options } = await post('/staff/passkey/options', {});
        const cred = await navigator.credentials.get({ publicKey: request(options) });
        const done = await post('/staff/passkey/sign-in', { challengeId, response: json(cred) });
        window.location.assign(done.redirect);
      } catch {
        status(signIn, signIn.dataset.failed);
      }
    });
  }

  const add = document.getElementById('passkey-add');
  if (add) {
    add.hidden = false;
    add.addEventListener('click', async () => {
      try {
        const csrf = add.dataset.csrf;
        const options = await post('/api/v1/passkeys/options', {}, csrf);
        const cred = await navigator.credentials.create({ publicKey: creation(options) });
        const label = document.getElementById('passkey-label').value;
        await post('/api/v1/passkeys', { label, response: json(cred) }, csrf);
        window.location.reload();
      } catch {
        status(add, add.dataset.failed);
      }
    });
  }
})();
