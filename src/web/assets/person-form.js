// The staff person form, made quicker (served as /staff/assets/person-form.js under the
// strict CSP; no inline script). Without it the form works the same: "add" buttons post
// and the server re-renders the form with one more row; dates are checked on save.
(() => {
  const form = document.querySelector('form.person-form');
  if (!form) return;
  const DATE = /^~?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

  // Dates: say at once when a date is not typed as 2022, 2022-05, 2022-05-13 or ~2022-05-13.
  const checkDate = (input) => {
    const id = `${input.id}-live`;
    let note = document.getElementById(id);
    const bad = input.value.trim() !== '' && !DATE.test(input.value.trim());
    if (!bad) {
      if (note) note.remove();
      if (!input.closest('p').querySelector('.field-error')) input.removeAttribute('aria-invalid');
      return;
    }
    if (!note) {
      note = document.createElement('span');
      note.id = id;
      note.className = 'field-error';
      note.setAttribute('aria-live', 'polite');
      input.insertAdjacentElement('afterend', note);
      const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      input.setAttribute('aria-describedby', [...described, id].join(' '));
    }
    note.textContent = input.dataset.partialDate;
    input.setAttribute('aria-invalid', 'true');
  };
  form.addEventListener('input', (e) => {
    if (e.target.matches('[data-partial-date]')) checkDate(e.target);
  });

  // Rows: copy the last name or event row with the next number and empty fields.
  form.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-add-row]');
    if (!button) return;
    const list = button.dataset.addRow;
    const all = form.querySelectorAll(`fieldset.row[id^="${list === 'names' ? 'name' : 'event'}-"]`);
    const last = all[all.length - 1];
    if (!last) return; // no row to copy: let the server add one
    e.preventDefault();
    const n = all.length - 1;
    const row = last.cloneNode(true);
    const swap = (s) =>
      s
        .split(`${list}.${n}.`)
        .join(`${list}.${n + 1}.`)
        .split(`f-${list}-${n}-`)
        .join(`f-${list}-${n + 1}-`);
    row.id = row.id.replace(/\d+$/, String(n + 1));
    for (const el of row.querySelectorAll('[name],[id],[for],[aria-describedby]')) {
      for (const attr of ['name', 'id', 'for', 'aria-describedby']) {
        if (el.hasAttribute(attr)) el.setAttribute(attr, swap(el.getAttribute(attr)));
      }
    }
    for (const el of row.querySelectorAll('.field-error, .warnings')) el.remove();
    for (const el of row.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of row.querySelectorAll('input, textarea, select')) {
      if (el.type === 'checkbox') el.checked = false;
      else if (el.tagName === 'SELECT') for (const o of el.options) o.selected = o.index === 0 && !el.multiple;
      else el.value = '';
    }
    const legend = row.querySelector('legend');
    if (legend) legend.textContent = legend.textContent.replace(/\d+/, String(n + 2));
    last.insertAdjacentElement('afterend', row);
    const first = row.querySelector('input[type=text], select');
    if (first) first.focus();
  });
})();
